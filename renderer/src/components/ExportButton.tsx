import type { ExportState } from '../hooks/use-document-export';
import { Notice } from './Notice';
import { SavedFileActions } from './SavedFileActions';

interface ExportButtonProps {
  label: string;
  state: ExportState;
  onExport: () => void;
  onDismiss: () => void;
}

export function ExportButton({ label, state, onExport, onDismiss }: ExportButtonProps) {
  return (
    <div className="export">
      <button
        type="button"
        className="button button--primary"
        onClick={onExport}
        disabled={state.kind === 'exporting'}
      >
        {state.kind === 'exporting' ? 'Exporting…' : label}
      </button>
      {state.kind === 'saved' ? (
        <Notice tone="success" onDismiss={onDismiss}>
          Saved to <code>{state.filePath}</code>
          <SavedFileActions filePath={state.filePath} />
        </Notice>
      ) : null}
      {state.kind === 'failed' ? (
        <Notice tone="error" onDismiss={onDismiss}>
          Export failed: {state.message}
        </Notice>
      ) : null}
    </div>
  );
}
