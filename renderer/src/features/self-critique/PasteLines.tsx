import { useId, useState } from 'react';
import { planPastedLines } from '../../../../shared/domain/critique-lines';
import { Notice } from '../../components/Notice';
import { useFailureMessage } from '../../hooks/use-failure-message';

/** Beyond this a paste is not a list from the room; refused before any splitting. */
const maxPasteCharacters = 200_000;

interface PasteLinesProps {
  /** What the lines become, plural: "strengths". */
  noun: string;
  /** How many more the list can take. */
  room: number;
  maxLength: number;
  onAdd: (lines: string[]) => Promise<number>;
}

/**
 * "Add several…": a list pasted from notes or a whiteboard becomes one entry per line. Lines that
 * do not fit (the list is full, or a line is too long) stay in the box with the reason.
 */
export function PasteLines({ noun, room, maxLength, onAdd }: PasteLinesProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<string | null>(null);
  const { error, run, setError, clear } = useFailureMessage();

  async function add() {
    setOutcome(null);
    if (text.length > maxPasteCharacters) {
      setError(
        `That is ${text.length.toLocaleString('en')} characters, more than a list from the room; paste at most ${maxPasteCharacters.toLocaleString('en')}.`,
      );
      return;
    }
    const plan = planPastedLines(text, room, maxLength);
    if (plan.accepted.length === 0 && plan.leftover.length === 0) {
      setError('Paste or type one entry per line first.');
      return;
    }
    const added = plan.accepted.length === 0 ? 0 : await run(() => onAdd(plan.accepted));
    if (added === undefined) return;
    setText(plan.leftover.join('\n'));
    const reasons = [
      plan.noRoom > 0 ? `${plan.noRoom.toLocaleString('en')} did not fit: the list is full` : null,
      plan.tooLong > 0
        ? `${plan.tooLong.toLocaleString('en')} ${plan.tooLong === 1 ? 'is' : 'are'} longer than ${maxLength.toLocaleString('en')} characters`
        : null,
    ].filter(Boolean);
    setOutcome(
      `Added ${added.toLocaleString('en')} ${noun}.` +
        (reasons.length > 0 ? ` Kept in the box: ${reasons.join('; ')}.` : ''),
    );
    if (plan.leftover.length === 0) setOpen(false);
  }

  if (!open) {
    return (
      <div className="list-section__tools">
        <button type="button" className="button button--small" onClick={() => setOpen(true)}>
          Add several…
        </button>
        {outcome ? (
          <p className="subtle paste-lines__outcome" role="status" data-testid="paste-outcome">
            {outcome}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="paste-lines">
      <label htmlFor={id}>Paste {noun}, one per line</label>
      <textarea
        id={id}
        rows={4}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          clear();
        }}
      />
      <div className="paste-lines__actions">
        <button type="button" className="button button--small" onClick={() => void add()}>
          Add these {noun}
        </button>
        <button
          type="button"
          className="button button--small button--link"
          onClick={() => {
            setOpen(false);
            setOutcome(null);
            clear();
          }}
        >
          Close
        </button>
      </div>
      {outcome ? (
        <p className="subtle paste-lines__outcome" role="status" data-testid="paste-outcome">
          {outcome}
        </p>
      ) : null}
      {error ? (
        <Notice tone="error" onDismiss={clear}>
          {error}
        </Notice>
      ) : null}
    </div>
  );
}
