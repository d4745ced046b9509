import { Notice } from '../../components/Notice';
import type { BackupRestore } from '../../hooks/use-backup-restore';
import type { FullBackupExport } from '../../hooks/use-full-backup-export';
import { SavedFileActions } from '../../components/SavedFileActions';

interface BackupNoticesProps {
  restore: BackupRestore;
  fullBackup: FullBackupExport;
}

/** "the backup of …" opens a sentence here; a file's name is left as it is. */
const sentenceStart = (name: string) => (name.startsWith('the ') ? `T${name.slice(1)}` : name);

/** What a restore or a full backup did, or why it could not. */
export function BackupNotices({ restore, fullBackup }: BackupNoticesProps) {
  const { state } = restore;
  return (
    <>
      {state.kind === 'opening' ? <Notice tone="info">Checking the backup…</Notice> : null}
      {state.kind === 'restored' ? (
        <Notice tone="success" onDismiss={restore.dismiss}>
          {state.message}
        </Notice>
      ) : null}
      {state.kind === 'cancelled' ? (
        <Notice tone="info" onDismiss={restore.dismiss}>
          Restore cancelled. Nothing was restored: your engagements are as they were.
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
      {fullBackup.state.kind === 'cancelled' ? (
        <Notice tone="info" onDismiss={fullBackup.dismiss}>
          Backup cancelled. No file was written.
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
