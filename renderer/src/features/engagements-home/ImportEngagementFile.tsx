import { useId } from 'react';
import { localIsoDate } from '../../../../shared/domain/action-item-filters';
import { copyTitle } from '../../../../shared/engagement-file/plan-import';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { useEngagementFileImport } from '../../hooks/use-engagement-file-import';
import './engagement-file.css';

interface ImportEngagementFileProps {
  onImported: (engagementId: string) => void;
}

/** "Import engagement file…": brings in an engagement exported on another laptop or archived. */
export function ImportEngagementFile({ onImported }: ImportEngagementFileProps) {
  const { state, start, importAsCopy, dismiss } = useEngagementFileImport(onImported);
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => void start()}
        disabled={state.kind === 'busy'}
      >
        {state.kind === 'busy' ? 'Importing…' : 'Import engagement file…'}
      </button>
      {state.kind === 'asking-copy' ? (
        <ConfirmDialog
          title={`“${state.file.engagement.clientName} — ${state.file.engagement.title}” is already on this laptop`}
          confirmLabel="Import as a copy"
          onCancel={dismiss}
          onConfirm={importAsCopy}
        >
          <p>
            Import the file as a separate copy, named “
            {copyTitle(state.file.engagement.title, localIsoDate())}”? The engagement already here
            stays exactly as it is.
          </p>
        </ConfirmDialog>
      ) : null}
      {state.kind === 'refused' ? (
        <ImportRefused fileName={state.fileName} problems={state.problems} onClose={dismiss} />
      ) : null}
    </>
  );
}

function ImportRefused({
  fileName,
  problems,
  onClose,
}: {
  fileName: string | null;
  problems: readonly string[];
  onClose: () => void;
}) {
  const titleId = useId();
  return (
    <Dialog labelledBy={titleId} role="alertdialog" onClose={onClose}>
      <h2 id={titleId}>
        {fileName ? `“${fileName}” was not imported` : 'The engagement file was not imported'}
      </h2>
      <div className="dialog-body">
        <ul className="engagement-file-problems" aria-label="Why it was refused">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
        <p>Nothing on this laptop was changed.</p>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button--primary" onClick={onClose} autoFocus>
          OK
        </button>
      </div>
    </Dialog>
  );
}
