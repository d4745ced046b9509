import { useId, useState, type FormEvent } from 'react';
import { Dialog } from './Dialog';

interface PassphraseDialogProps {
  fileName: string;
  /** Why the last passphrase did not open the file; null before the first try. */
  problem: string | null;
  busy: boolean;
  /** What waits for the file to open: "imported" (the default), "restored". */
  nothingIs?: string;
  onUnlock: (passphrase: string) => void;
  onCancel: () => void;
}

/**
 * Asks for the passphrase of a protected file; a wrong one is said so and can be tried again.
 * Escape or Cancel gives up, and focus goes back to what opened the dialog.
 */
export function PassphraseDialog({
  fileName,
  problem,
  busy,
  nothingIs = 'imported',
  onUnlock,
  onCancel,
}: PassphraseDialogProps) {
  const titleId = useId();
  const inputId = useId();
  const problemId = useId();
  const [passphrase, setPassphrase] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy && passphrase !== '') onUnlock(passphrase);
  };
  return (
    <Dialog labelledBy={titleId} onClose={onCancel}>
      <form onSubmit={submit}>
        <h2 id={titleId}>“{fileName}” is protected with a passphrase</h2>
        <div className="dialog-body">
          <p>Type the passphrase it was protected with. Nothing is {nothingIs} before it opens.</p>
          <div className="field">
            <label htmlFor={inputId}>Passphrase</label>
            <input
              id={inputId}
              type="password"
              autoComplete="off"
              autoFocus
              value={passphrase}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? problemId : undefined}
              onChange={(event) => setPassphrase(event.target.value)}
            />
            {problem ? (
              <p id={problemId} className="field-error" role="alert">
                {problem}
              </p>
            ) : null}
          </div>
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={busy || passphrase === ''}
          >
            {busy ? 'Opening…' : 'Open file'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
