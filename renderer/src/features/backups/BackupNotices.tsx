import { Notice } from '../../components/Notice';
import type { BackupRestore } from '../../hooks/use-backup-restore';
import type { useFullBackupExport } from '../../hooks/use-full-backup-export';
import { SavedFileActions } from '../../components/SavedFileActions';

interface BackupNoticesProps {
  restore: BackupRestore;
  fullBackup: ReturnType<typeof useFullBackupExport>;
}

/** "the backup of …" opens a sentence here; a file's name is left as it is. */
const sentenceStart = (name: string) => (name.startsWith('the ') ? `T${name.slice(1)}` : name);

/** What a restore or a full backup is doing, did, or why it could not. */
export function BackupNotices({ restore, fullBackup }: BackupNoticesProps) {
  const { state } = restore;
  return (
    <>
      {state.kind === 'opening' ? <Notice tone="info">Checking the backup…</Notice> : null}
      {state.kind === 'restoring' ? (
        <Notice tone="info">
          Restoring {state.done} of {state.total}…
        </Notice>
      ) : null}
      {state.kind === 'restored' ? (
        <Notice tone={state.failed.length > 0 ? 'warning' : 'success'} onDismiss={restore.dismiss}>
          <p>{state.message}</p>
          {state.failed.length > 0 ? (
            <ul aria-label="Not restored">
              {state.failed.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
      {state.kind === 'refused' ? (
        <Notice tone="error" onDismiss={restore.dismiss}>
          <p>
            {state.name
              ? `${sentenceStart(state.name)} cannot be restored:`
              : 'Nothing could be restored:'}
          </p>
          <ul>
            {state.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {fullBackup.state.kind === 'saved' ? (
        <Notice tone="success" onDismiss={fullBackup.dismiss}>
          Every engagement was backed up to {fullBackup.state.filePath}.
          <SavedFileActions filePath={fullBackup.state.filePath} />
        </Notice>
      ) : null}
      {fullBackup.state.kind === 'failed' ? (
        <Notice tone="error" onDismiss={fullBackup.dismiss}>
          {fullBackup.state.message}
        </Notice>
      ) : null}
    </>
  );
}
