import { useId, useState } from 'react';
import { FieldMessage } from './FieldMessage';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface CommonProps<T extends string> {
  label: string;
  choices: readonly Choice<T>[];
  className?: string;
  hint?: string;
  /** The label is still read by screen readers and tests; the row's layout names the column. */
  hideLabel?: boolean;
}

/** Always one of the choices. */
interface RequiredChoiceProps<T extends string> extends CommonProps<T> {
  value: T;
  save: (value: T) => Promise<void>;
  emptyLabel?: undefined;
}

/** May be left unset; `emptyLabel` is how "unset" reads: "Not rated". */
interface OptionalChoiceProps<T extends string> extends CommonProps<T> {
  value: T | null;
  save: (value: T | null) => Promise<void>;
  emptyLabel: string;
}

/** A labelled drop-down that saves on choice and shows why a choice was refused. */
export function ChoiceField<T extends string>(
  props: RequiredChoiceProps<T> | OptionalChoiceProps<T>,
) {
  const { label, value, choices, emptyLabel, className, hint, hideLabel } = props;
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const messageId = `${id}-message`;

  async function choose(raw: string) {
    const choice = choices.find((candidate) => candidate.value === raw);
    try {
      if (props.emptyLabel !== undefined) await props.save(choice?.value ?? null);
      else if (choice) await props.save(choice.value);
      setError(null);
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
      <FieldMessage id={messageId} error={error} hint={hint} />
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
