import { Notice } from '../../components/Notice';
import { SaveIndicator } from '../../components/SaveIndicator';
import { useBackupRestore } from '../../hooks/use-backup-restore';
import { useBackups } from '../../hooks/use-backups';
import { useFullBackupExport } from '../../hooks/use-full-backup-export';
import { AutomaticBackups } from './AutomaticBackups';
import { BackupNotices } from './BackupNotices';
import { RestoreDialog } from './RestoreDialog';
import './backups.css';

/**
 * The Backups screen: the automatic backups main keeps, restoring a whole one or one engagement
 * from it, and a full backup of every engagement to a file the consultant chooses (and back).
 */
export function BackupsScreen({ onClose }: { onClose: () => void }) {
  const backups = useBackups();
  const restore = useBackupRestore(backups.reload);
  const fullBackup = useFullBackupExport();
  const busy =
    restore.state.kind === 'opening' ||
    restore.state.kind === 'restoring' ||
    fullBackup.state.kind === 'busy';

  return (
    <main className="backups">
      <header className="home-header">
        <div>
          <button type="button" className="button button--link" onClick={onClose}>
            ← Engagements
          </button>
          <h1>Backups</h1>
          <p className="subtle">
            Session Studio backs up every engagement when it starts, every 15 minutes while you
            work, and before every import, restore and database upgrade. It keeps three backups from
            today and one a day for the 14 days before.
          </p>
        </div>
        <div className="home-header__actions">
          <SaveIndicator />
        </div>
      </header>

      {backups.error ? <Notice tone="error">{backups.error}</Notice> : null}
      <BackupNotices restore={restore} fullBackup={fullBackup} />

      <section aria-labelledby="automatic-backups">
        <h2 id="automatic-backups">Automatic backups</h2>
        <AutomaticBackups
          list={backups.list}
          busy={busy}
          onRestore={(id) => void restore.open({ source: 'automatic', id })}
        />
      </section>

      <section aria-labelledby="full-backup">
        <h2 id="full-backup">A full backup in a file</h2>
        <p>
          Every engagement in one file, kept wherever you choose: a USB stick, another disk. Restore
          from it on this laptop or another one.
        </p>
        <div className="backups__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void fullBackup.start()}
          >
            {fullBackup.state.kind === 'busy' ? 'Backing up…' : 'Back up everything to a file…'}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void restore.open({ source: 'file' })}
          >
            Restore from a file…
          </button>
        </div>
      </section>

      {restore.state.kind === 'choosing' ? (
        <RestoreDialog
          backup={restore.state.backup}
          onRestore={(choice) => void restore.restore(choice)}
          onCancel={restore.dismiss}
        />
      ) : null}
    </main>
  );
}
