import { useId } from 'react';
import { localIsoDate } from '../../../../shared/domain/local-date';
import { copyTitle } from '../../../../shared/engagement-file/plan-import';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { PassphraseDialog } from '../../components/PassphraseDialog';
import type { EngagementFileImport } from '../../hooks/use-engagement-file-import';
import { ImportProgress } from './ImportProgress';
import './engagement-file.css';

/**
 * The progress, questions and refusals of an import: the same for a picked file and for the
 * sample.
 */
export function EngagementFileImportDialogs({ flow }: { flow: EngagementFileImport }) {
  const { state, unlock, importAsCopy, openExisting, dismiss } = flow;
  if (state.kind === 'asking-passphrase')
    return (
      <PassphraseDialog
        key={state.ticket}
        fileName={state.fileName}
        problem={state.problem}
        busy={state.unlocking}
        onUnlock={(passphrase) => void unlock(passphrase)}
        onCancel={dismiss}
      />
    );
  if (state.kind === 'asking-copy') {
    const { engagement } = state.file;
    const copyName = copyTitle(engagement.title, localIsoDate());
    const open = state.existingId
      ? {
          label: state.source === 'sample' ? 'Open it' : 'Open the one already here',
          onSelect: openExisting,
        }
      : undefined;
    return state.source === 'sample' ? (
      <ConfirmDialog
        title="The sample engagement is already on this laptop"
        confirmLabel="Import a fresh copy"
        alternative={open}
        onCancel={dismiss}
        onConfirm={importAsCopy}
      >
        <p>
          {open
            ? 'Open it to carry on where you left off, or import a fresh copy of the sample beside it, '
            : 'Import a fresh copy of the sample, '}
          named “{copyName}”. The one already here stays exactly as it is.
        </p>
      </ConfirmDialog>
    ) : (
      <ConfirmDialog
        title={`“${engagement.clientName} — ${engagement.title}” is already on this laptop`}
        confirmLabel="Import as a copy"
        alternative={open}
        onCancel={dismiss}
        onConfirm={importAsCopy}
      >
        <p>
          Import the file as a separate copy, named “{copyName}”? The engagement already here stays
          exactly as it is.
        </p>
      </ConfirmDialog>
    );
  }
  if (state.kind === 'refused')
    return (
      <ImportRefused
        title={
          state.source === 'sample'
            ? 'The sample engagement could not be opened'
            : state.fileName
              ? `“${state.fileName}” was not imported`
              : 'The engagement file was not imported'
        }
        problems={state.problems}
        onClose={dismiss}
      />
    );
  return <ImportProgress flow={flow} />;
}

function ImportRefused({
  title,
  problems,
  onClose,
}: {
  title: string;
  problems: readonly string[];
  onClose: () => void;
}) {
  const titleId = useId();
  return (
    <Dialog labelledBy={titleId} role="alertdialog" onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
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
