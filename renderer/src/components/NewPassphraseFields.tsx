import { useId } from 'react';
import { passphraseLimits } from '../../../shared/protection/passphrase';
import './new-passphrase.css';

export interface NewPassphrase {
  protect: boolean;
  passphrase: string;
  repeated: string;
}

export const noPassphrase: NewPassphrase = { protect: false, passphrase: '', repeated: '' };

interface NewPassphraseFieldsProps {
  value: NewPassphrase;
  onChange: (value: NewPassphrase) => void;
  /** Why the passphrase cannot be used yet, shown once the consultant tried to export. */
  problem: string | null;
  disabled?: boolean;
}

/** "Protect with a passphrase", and the passphrase typed twice, for a file that will travel. */
export function NewPassphraseFields({
  value,
  onChange,
  problem,
  disabled,
}: NewPassphraseFieldsProps) {
  const id = useId();
  const problemId = `${id}-problem`;
  const invalid = problem ? true : undefined;
  const described = problem ? problemId : `${id}-hint`;
  return (
    <fieldset className="new-passphrase" disabled={disabled}>
      <label className="checkbox-label">
        <input
          type="checkbox"
          checked={value.protect}
          onChange={(event) => onChange({ ...noPassphrase, protect: event.target.checked })}
        />{' '}
        Protect with a passphrase
      </label>
      {value.protect ? (
        <div className="new-passphrase__fields">
          <div className="field">
            <label htmlFor={`${id}-passphrase`}>Passphrase</label>
            <input
              id={`${id}-passphrase`}
              type="password"
              autoComplete="new-password"
              maxLength={passphraseLimits.maxLength}
              value={value.passphrase}
              aria-invalid={invalid}
              aria-describedby={described}
              onChange={(event) => onChange({ ...value, passphrase: event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-repeated`}>Passphrase again</label>
            <input
              id={`${id}-repeated`}
              type="password"
              autoComplete="new-password"
              maxLength={passphraseLimits.maxLength}
              value={value.repeated}
              aria-invalid={invalid}
              aria-describedby={described}
              onChange={(event) => onChange({ ...value, repeated: event.target.value })}
            />
          </div>
          {problem ? (
            <p id={problemId} className="field-error" role="alert">
              {problem}
            </p>
          ) : (
            <p id={`${id}-hint`} className="field-hint">
              At least {passphraseLimits.minLength} characters; a short sentence works well. Give it
              to the recipient another way (by phone, not in the same e-mail). Without it, nobody
              can open the file, Session Studio included.
            </p>
          )}
        </div>
      ) : null}
    </fieldset>
  );
}
