import { Notice } from '../../components/Notice';
import { PassphraseDialog } from '../../components/PassphraseDialog';
import { SaveIndicator } from '../../components/SaveIndicator';
import { useBackupRestore } from '../../hooks/use-backup-restore';
import { useBackups } from '../../hooks/use-backups';
import { useFullBackupExport } from '../../hooks/use-full-backup-export';
import { AutomaticBackups } from './AutomaticBackups';
import { BackupNotices } from './BackupNotices';
import { BackupProgress } from './BackupProgress';
import { FullBackupToFile } from './FullBackupToFile';
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
      <BackupProgress restore={restore} fullBackup={fullBackup} />

      <section aria-labelledby="automatic-backups">
        <h2 id="automatic-backups">Automatic backups</h2>
        {backups.list?.atRest ? <p className="subtle">{backups.list.atRest}</p> : null}
        <AutomaticBackups
          list={backups.list}
          busy={busy}
          onRestore={(id) => void restore.open({ source: 'automatic', id })}
        />
      </section>

      <FullBackupToFile
        busy={busy}
        onBackUp={(passphrase) => fullBackup.start(passphrase)}
        onRestore={() => void restore.open({ source: 'file' })}
        backingUp={fullBackup.state.kind === 'busy'}
      />

      {restore.state.kind === 'locked' ? (
        <PassphraseDialog
          fileName={restore.state.name}
          problem={restore.state.problem}
          busy={restore.state.unlocking}
          nothingIs="restored"
          onUnlock={(passphrase) => void restore.unlock(passphrase)}
          onCancel={restore.dismiss}
        />
      ) : null}
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
