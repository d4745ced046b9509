import { useId, useState } from 'react';
import {
  describePaste,
  keptText,
  pasteRefusal,
  planPaste,
  settlePaste,
  splitPastedLines,
  type LineReading,
  type Noun,
} from '../../../shared/domain/pasted-lines';
import { useFailureMessage } from '../hooks/use-failure-message';
import { FieldMessage } from './FieldMessage';
import './paste-lines.css';

export interface PasteLinesProps<E> {
  /** What one entry is called in the labels and messages. */
  noun: Noun;
  /** The button that opens the box: "Add several…" unless said otherwise. */
  openLabel?: string;
  /** The box's label: "Paste stages, one per line" unless said otherwise. */
  label?: string;
  hint?: string;
  placeholder?: string;
  /** Entries the list can still take. */
  room: number;
  /** What one line becomes: an entry, or the reason it stays in the box. */
  read: (line: string) => LineReading<E>;
  /** Adds the entries in one write and resolves to how many the list took. */
  add: (entries: E[]) => Promise<number>;
}

/**
 * "Add several": a list pasted from notes, a whiteboard or a spreadsheet becomes one entry per
 * line. What fits is added; every other line stays in the box with the reason, so nothing pasted
 * is lost. A write the list refuses leaves the whole text in the box.
 */
export function PasteLines<E>({
  noun,
  openLabel = 'Add several…',
  label = `Paste ${noun.many}, one per line`,
  hint,
  placeholder,
  room,
  read,
  add,
}: PasteLinesProps<E>) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<string | null>(null);
  const { error, run, setError, clear } = useFailureMessage();

  async function addLines() {
    setOutcome(null);
    const refusal = pasteRefusal(text, noun);
    if (refusal) {
      setError(refusal);
      return;
    }
    const plan = planPaste(splitPastedLines(text), room, read);
    const entries = plan.accepted.map(({ entry }) => entry);
    const added = entries.length === 0 ? 0 : await run(() => add(entries));
    if (added === undefined) return;
    const settled = settlePaste(plan, added);
    setText(keptText(settled));
    setOutcome(describePaste(settled, noun));
  }

  return (
    <div className="paste-lines">
      <button
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={open ? `${id}-box` : undefined}
        onClick={() => setOpen(!open)}
      >
        {openLabel}
      </button>
      {open ? (
        <div id={`${id}-box`} className="paste-lines__box">
          <div className="field">
            <label htmlFor={id}>{label}</label>
            <textarea
              id={id}
              rows={4}
              value={text}
              placeholder={placeholder}
              aria-invalid={error !== null}
              aria-describedby={error || hint ? `${id}-message` : undefined}
              onChange={(event) => {
                setText(event.target.value);
                clear();
              }}
            />
            <FieldMessage id={`${id}-message`} error={error} hint={hint} />
          </div>
          <button type="button" className="button button--small" onClick={() => void addLines()}>
            Add these {noun.many}
          </button>
        </div>
      ) : null}
      {outcome ? (
        <p className="subtle paste-lines__outcome" role="status" data-testid="paste-outcome">
          {outcome}
        </p>
      ) : null}
    </div>
  );
}
