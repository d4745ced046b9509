import { useId, useState } from 'react';
import type { OpenedBackup } from '../../../../shared/backups/backup-schemas';
import type { RestoreChoice } from '../../hooks/use-backup-restore';

type Opened = Extract<OpenedBackup, { status: 'opened' }>;

interface RestoreDialogProps {
  backup: Opened;
  onRestore: (choice: RestoreChoice) => void;
  onCancel: () => void;
}

/**
 * What to restore from an opened backup: everything in it (the laptop's engagements become the
 * backup's), or one engagement. Says first that the current state is backed up before anything.
 */
export function RestoreDialog({ backup, onRestore, onCancel }: RestoreDialogProps) {
  const [choice, setChoice] = useState<RestoreChoice>('everything');
  const titleId = useId();
  const name = useId();
  const count = backup.engagements.length;
  return (
    <div className="dialog-backdrop" onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <div
        className="dialog dialog--wide"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
      >
        <h2 id={titleId}>Restore from {backup.name}</h2>
        <div className="dialog-body">
          <p>
            Session Studio first backs up your engagements as they are now, so this restore can be
            undone from the list of backups.
          </p>
          <fieldset className="restore-choices">
            <legend>What to restore</legend>
            <label className="restore-choice">
              <input
                type="radio"
                name={name}
                checked={choice === 'everything'}
                onChange={() => setChoice('everything')}
              />
              <span>
                Everything in this backup ({count} {count === 1 ? 'engagement' : 'engagements'}).
                <span className="subtle"> Engagements created since are removed.</span>
              </span>
            </label>
            {backup.engagements.map((engagement) => (
              <label className="restore-choice" key={engagement.id}>
                <input
                  type="radio"
                  name={name}
                  checked={choice === engagement.id}
                  onChange={() => setChoice(engagement.id)}
                />
                <span>
                  Only {engagement.clientName} — {engagement.title}
                </span>
              </label>
            ))}
          </fieldset>
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel} autoFocus>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => onRestore(choice)}
          >
            {choice === 'everything' ? 'Restore everything' : 'Restore this engagement'}
          </button>
        </div>
      </div>
    </div>
  );
}
