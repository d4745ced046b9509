interface OptionFieldsetProps<Value extends string> {
  legend: string;
  /** The radio group's name, unique on the page. */
  name: string;
  values: readonly Value[];
  labels: Record<Value, string>;
  /** A line after each label saying what the option is for. */
  hints: Record<Value, string>;
  value: Value;
  onChange: (value: Value) => void;
  /** Whether the chosen option takes the focus when the dialog opens. */
  autoFocus?: boolean;
}

/** One choice of the export's dialog: a radio per option, each with its label and hint. */
export function OptionFieldset<Value extends string>({
  legend,
  name,
  values,
  labels,
  hints,
  value,
  onChange,
  autoFocus = false,
}: OptionFieldsetProps<Value>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {values.map((option) => (
        <label key={option} className="export-choices__option">
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
            autoFocus={autoFocus && value === option}
          />
          <span>
            <strong>{labels[option]}</strong>
            <span className="subtle"> — {hints[option]}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
