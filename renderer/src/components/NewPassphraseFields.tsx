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
          <PassphraseInput
            id={`${id}-passphrase`}
            label="Passphrase"
            value={value.passphrase}
            invalid={invalid}
            describedBy={described}
            onChange={(passphrase) => onChange({ ...value, passphrase })}
          />
          <PassphraseInput
            id={`${id}-repeated`}
            label="Passphrase again"
            value={value.repeated}
            invalid={invalid}
            describedBy={described}
            onChange={(repeated) => onChange({ ...value, repeated })}
          />
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

interface PassphraseInputProps {
  id: string;
  label: string;
  value: string;
  invalid: true | undefined;
  describedBy: string;
  onChange: (value: string) => void;
}

function PassphraseInput({
  id,
  label,
  value,
  invalid,
  describedBy,
  onChange,
}: PassphraseInputProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete="new-password"
        maxLength={passphraseLimits.maxLength}
        value={value}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
