import { useId, useState } from 'react';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  save: (value: V) => Promise<void>;
  hideLabel?: boolean;
  className?: string;
}

/** A labelled choice that saves when it changes and says why a change was refused. */
export function SelectField<V extends string>({
  label,
  value,
  options,
  save,
  hideLabel,
  className,
}: SelectFieldProps<V>) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  async function change(next: V) {
    try {
      setError(null);
      await save(next);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        aria-invalid={error !== null}
        onChange={(event) => void change(event.target.value as V)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError message={error} />
    </div>
  );
}

/** Why a value was refused, beside the field; nothing when there is no refusal. */
export function FieldError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="field-error" role="alert">
      {message}
    </p>
  );
}
