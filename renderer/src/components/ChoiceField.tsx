import { useId, useState } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface ChoiceFieldProps<T extends string> {
  label: string;
  value: T | null;
  choices: readonly Choice<T>[];
  /** When set, the field can be left unset and this is how "unset" reads: "Not rated". */
  emptyLabel?: string;
  save: (value: T | null) => Promise<void>;
  className?: string;
  hint?: string;
}

/** A labelled drop-down that saves on choice and shows why a choice was refused. */
export function ChoiceField<T extends string>(props: ChoiceFieldProps<T>) {
  const { label, value, choices, emptyLabel, save, className, hint } = props;
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const messageId = `${id}-message`;

  async function choose(raw: string) {
    const next =
      raw === '' ? null : (choices.find((choice) => choice.value === raw)?.value ?? null);
    try {
      await save(next);
      setError(null);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        aria-invalid={error !== null}
        aria-describedby={error || hint ? messageId : undefined}
        onChange={(event) => void choose(event.target.value)}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={messageId} className="field-error" role="alert">
          {error}
        </p>
      ) : hint ? (
        <p id={messageId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Choices from a list of values and their labels, in the list's order. */
export function choicesOf<T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
): Choice<T>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
