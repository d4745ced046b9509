import { useId, useState } from 'react';
import { readPastedNames, type PasteBounds } from '../../../../shared/domain/situation-paste';

interface PasteListProps {
  bounds: PasteBounds;
  add: (names: string[]) => Promise<unknown>;
}

/**
 * A box for a list pasted from notes, one entry per line. A paste that cannot be taken whole is
 * refused with the reason and stays in the box, so nothing the consultant pasted is lost.
 */
export function PasteList({ bounds, add }: PasteListProps) {
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ tone: 'error' | 'done'; text: string } | null>(null);
  const id = useId();

  async function submit() {
    const read = readPastedNames(text, bounds);
    if (!read.ok) {
      setMessage({ tone: 'error', text: read.message });
      return;
    }
    try {
      await add(read.names);
      const count = read.names.length;
      setText('');
      setMessage({
        tone: 'done',
        text: `Added ${count} ${count === 1 ? bounds.noun : bounds.nounPlural}.`,
      });
    } catch (failure) {
      setMessage({
        tone: 'error',
        text: failure instanceof Error ? failure.message : String(failure),
      });
    }
  }

  return (
    <details className="paste-list">
      <summary>Paste a list of {bounds.nounPlural}</summary>
      <div className="field">
        <label htmlFor={id}>{`Paste ${bounds.nounPlural}, one per line`}</label>
        <textarea
          id={id}
          rows={4}
          value={text}
          aria-invalid={message?.tone === 'error'}
          onChange={(event) => {
            setText(event.target.value);
            setMessage(null);
          }}
        />
      </div>
      <button type="button" className="button button--small" onClick={() => void submit()}>
        Add these {bounds.nounPlural}
      </button>
      {message ? (
        <p
          className={message.tone === 'error' ? 'field-error' : 'field-hint'}
          role={message.tone === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
    </details>
  );
}
