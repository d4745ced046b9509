import { useId, useState, type ClipboardEvent, type FormEvent, type KeyboardEvent } from 'react';
import {
  maxWordsPerList,
  planWords,
  type WordListKey,
} from '../../../../shared/domain/brand-words';
import { describePaste, keptText } from '../../../../shared/domain/pasted-lines';
import { RemovalUndo } from '../../components/RemovalUndo';
import { brandProfileRepository } from '../../db/repositories/brand-profile-repository';
import { useFailureMessage } from '../../hooks/use-failure-message';

interface WordListProps {
  engagementId: string;
  list: WordListKey;
  title: string;
  words: readonly string[];
  placeholder: string;
}

const words = { one: 'word', many: 'words' };

/**
 * Words to use or to avoid: several can be typed or pasted at once (one per line or separated by
 * commas); what fits is added, and the rest stays in the box with the reason.
 */
export function WordList({
  engagementId,
  list,
  title,
  words: current,
  placeholder,
}: WordListProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [skipped, setSkipped] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [removed, setRemoved] = useState<{ word: string; index: number } | null>(null);
  const { error, run, setError } = useFailureMessage();
  const lowerTitle = title.toLowerCase();

  async function add(event?: FormEvent) {
    event?.preventDefault();
    const planned = planWords(current, draft);
    if (!planned.ok) {
      setError(planned.message);
      return;
    }
    const { plan, alreadyThere } = planned;
    const fitting = plan.accepted.map(({ entry }) => entry);
    const skippedNow = await run(async () =>
      fitting.length === 0
        ? []
        : brandProfileRepository.addWords(engagementId, list, fitting.join('\n')),
    );
    if (skippedNow === undefined) return;
    setDraft(keptText(plan));
    setSkipped([...alreadyThere, ...skippedNow]);
    setOutcome(plan.kept.length > 0 ? describePaste(plan, words) : null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== 'Enter' || event.shiftKey) return;
    event.preventDefault();
    void add();
  }

  // The browser's own editing slows to a crawl on a paste of thousands of lines; putting the
  // pasted text in place directly keeps the app responsive, and Add then says what did not fit.
  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const pasted = event.clipboardData.getData('text/plain');
    if (pasted === '') return;
    event.preventDefault();
    const { selectionStart, selectionEnd, value } = event.currentTarget;
    setDraft(value.slice(0, selectionStart) + pasted + value.slice(selectionEnd));
  }

  async function remove(word: string) {
    const index = await run(() => brandProfileRepository.removeWord(engagementId, list, word));
    if (index !== undefined && index >= 0) setRemoved({ word, index });
  }

  async function undo() {
    if (!removed) return;
    setRemoved(null);
    await run(() =>
      brandProfileRepository.restoreWord(engagementId, list, removed.word, removed.index),
    );
  }

  return (
    <section className="word-list" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>
        {title}{' '}
        <span className="subtle">
          ({current.length} of {maxWordsPerList})
        </span>
      </h4>
      {current.length === 0 ? <p className="subtle">None yet.</p> : null}
      <ul className="word-list__words" aria-label={title}>
        {current.map((word) => (
          <li key={word} className="word-chip">
            <span>{word}</span>
            <button
              type="button"
              className="icon-button icon-button--danger"
              aria-label={`Remove “${word}” from ${lowerTitle}`}
              onClick={() => void remove(word)}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <form className="word-list__add" onSubmit={(event) => void add(event)}>
        <div className="field">
          <label htmlFor={id}>Add {lowerTitle}</label>
          <textarea
            id={id}
            rows={2}
            value={draft}
            placeholder={placeholder}
            aria-invalid={error !== null}
            aria-describedby={`${id}-message`}
            onChange={(event) => {
              setDraft(event.target.value);
              setOutcome(null);
            }}
            onKeyDown={onKeyDown}
            onPaste={onPaste}
          />
          {error ? (
            <p id={`${id}-message`} className="field-error" role="alert">
              {error}
            </p>
          ) : (
            <p id={`${id}-message`} className="field-hint">
              {outcome || skipped.length > 0
                ? [outcome, alreadyInTheList(skipped)].filter(Boolean).join(' ')
                : 'Enter adds. Several at once: one per line, or separated by commas.'}
            </p>
          )}
        </div>
        <button type="submit" className="button button--small">
          Add
        </button>
      </form>
      <RemovalUndo
        label={removed ? `“${removed.word}” from ${lowerTitle}` : null}
        rowKey={removed ? `${list}:${removed.word}` : ''}
        onUndo={() => void undo()}
        onDismiss={() => setRemoved(null)}
      />
    </section>
  );
}

function alreadyInTheList(skipped: readonly string[]): string | null {
  if (skipped.length === 0) return null;
  const more = skipped.length > 5 ? ` and ${skipped.length - 5} more` : '';
  return `Already in the list: ${skipped.slice(0, 5).join(', ')}${more}.`;
}
