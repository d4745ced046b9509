import type { DocumentKind } from '../../../shared/documents/export-progress';
import type { ExportState } from '../hooks/use-document-export';
import { ExportProgress } from './ExportProgress';
import { Notice } from './Notice';
import { SavedFileActions } from './SavedFileActions';

interface ExportButtonProps {
  label: string;
  state: ExportState;
  onExport: () => void;
  onDismiss: () => void;
  /** A document export shows its progress and can be cancelled. */
  progress?: { documentKind: DocumentKind; onCancel: () => void };
}

export function ExportButton({ label, state, onExport, onDismiss, progress }: ExportButtonProps) {
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
      {state.kind === 'exporting' && progress ? (
        <ExportProgress
          documentKind={progress.documentKind}
          stage={state.stage}
          cancelling={state.cancelling}
          onCancel={progress.onCancel}
        />
      ) : null}
      {state.kind === 'saved' ? (
        <Notice tone="success" onDismiss={onDismiss}>
          Saved to <code>{state.filePath}</code>
          <SavedFileActions filePath={state.filePath} />
        </Notice>
      ) : null}
      {state.kind === 'cancelled' ? (
        <Notice tone="info" onDismiss={onDismiss}>
          Export cancelled. Nothing was saved.
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
