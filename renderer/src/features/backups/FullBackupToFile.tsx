import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { useNewPassphrase } from '../../hooks/use-new-passphrase';

interface FullBackupToFileProps {
  busy: boolean;
  backingUp: boolean;
  /** Backs everything up, protected with the passphrase when one is given. */
  onBackUp: (passphrase: string | null) => Promise<void>;
  onRestore: () => void;
}

/** "A full backup in a file": every engagement to one file (with a passphrase if asked), and back. */
export function FullBackupToFile({ busy, backingUp, onBackUp, onRestore }: FullBackupToFileProps) {
  const { protection, problem, change, submit } = useNewPassphrase(onBackUp);

  return (
    <section aria-labelledby="full-backup">
      <h2 id="full-backup">A full backup in a file</h2>
      <p>
        Every engagement in one file, kept wherever you choose: a USB stick, another disk. Restore
        from it on this laptop or another one. It holds every client’s plans: protect it with a
        passphrase when it leaves this laptop.
      </p>
      <NewPassphraseFields value={protection} onChange={change} problem={problem} disabled={busy} />
      <div className="backups__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void submit()}
        >
          {backingUp
            ? 'Backing up…'
            : protection.protect
              ? 'Back up everything to a protected file…'
              : 'Back up everything to a file…'}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onRestore}>
          Restore from a file…
        </button>
      </div>
    </section>
  );
}
