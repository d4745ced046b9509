import { backupReasonLabels, backupTimeLabel } from '../../../../shared/backups/backup-reasons';
import type { BackupList } from '../../../../shared/backups/backup-schemas';

function size(bytes: number): string {
  if (bytes < 1024 * 1024)
    return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en')} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

interface AutomaticBackupsProps {
  list: BackupList | null;
  busy: boolean;
  onRestore: (id: string) => void;
}

/** The automatic backups, newest first: when, why, how many engagements, how large. */
export function AutomaticBackups({ list, busy, onRestore }: AutomaticBackupsProps) {
  if (!list) return <p className="subtle">Reading the backups…</p>;
  if (list.backups.length === 0 && list.damaged.length === 0)
    return <p>No automatic backups yet: the first is taken once there are engagements.</p>;
  return (
    <>
      <table className="backups-table">
        <thead>
          <tr>
            <th scope="col">Taken</th>
            <th scope="col">Why</th>
            <th scope="col">Engagements</th>
            <th scope="col">Size</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.backups.map((backup) => (
            <tr key={backup.id} aria-label={`Backup of ${backupTimeLabel(backup.takenAt)}`}>
              <td>{backupTimeLabel(backup.takenAt)}</td>
              <td>{backupReasonLabels[backup.reason]}</td>
              <td>{backup.engagements.toLocaleString('en')}</td>
              <td>{size(backup.bytes)}</td>
              <td>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => onRestore(backup.id)}
                  aria-label={`Restore from the backup of ${backupTimeLabel(backup.takenAt)}…`}
                >
                  Restore…
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.damaged.length > 0 ? (
        <p className="subtle">
          {list.damaged.length === 1 ? 'One backup is' : `${list.damaged.length} backups are`}{' '}
          damaged (they fail their checksum) and cannot be restored.
        </p>
      ) : null}
    </>
  );
}
