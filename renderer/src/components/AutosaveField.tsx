import { useId } from 'react';
import { useAutosave, type ParseResult } from '../hooks/use-autosave';
import { formatOptionalDecimal } from './decimal-parser';
import { FieldMessage } from './FieldMessage';

interface AutosaveFieldProps<T> {
  label: string;
  value: T;
  format: (value: T) => string;
  parse: (draft: string) => ParseResult<T>;
  save: (value: T) => Promise<void>;
  multiline?: boolean;
  type?: 'text' | 'date' | 'time' | 'number' | 'email';
  placeholder?: string;
  hint?: string;
  className?: string;
  hideLabel?: boolean;
  rows?: number;
  /** Puts the cursor here on mount, e.g. in the row just added. */
  autoFocus?: boolean;
  /** The id of a <datalist> of suggestions (single-line fields). */
  list?: string;
}

/** A labelled field that saves as it is typed and shows why a value was refused. */
export function AutosaveField<T>(props: AutosaveFieldProps<T>) {
  const {
    label,
    multiline,
    type = 'text',
    placeholder,
    hint,
    className,
    hideLabel,
    rows = 3,
    autoFocus,
    list,
  } = props;
  const { draft, error, onChange, flush } = useAutosave(props);
  const id = useId();
  const messageId = `${id}-message`;
  const common = {
    id,
    value: draft,
    placeholder,
    autoFocus,
    'aria-invalid': error !== null,
    'aria-describedby': error || hint ? messageId : undefined,
    onBlur: () => void flush(),
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          list={list}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      <FieldMessage id={messageId} error={error} hint={hint} />
    </div>
  );
}

const identity = (value: string) => value;
const show = (value: number) => String(value);

type TextFieldProps = Omit<AutosaveFieldProps<string>, 'format'>;
type NumberFieldProps = Omit<AutosaveFieldProps<number>, 'format' | 'type'>;
type DecimalFieldProps = Omit<AutosaveFieldProps<number | null>, 'format' | 'type'>;

export function AutosaveTextField(props: TextFieldProps) {
  return <AutosaveField {...props} format={identity} />;
}

export function AutosaveNumberField(props: NumberFieldProps) {
  return <AutosaveField {...props} format={show} type="text" />;
}

/** A number that may be left blank until someone knows it: blank is "not known", never 0. */
export function AutosaveDecimalField(props: DecimalFieldProps) {
  return <AutosaveField {...props} format={formatOptionalDecimal} type="text" />;
}
