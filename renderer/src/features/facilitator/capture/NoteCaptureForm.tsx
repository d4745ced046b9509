import { useId } from 'react';
import { captureLabels } from '../../../../../shared/domain/capture';
import { sessionNoteLimits, type SessionListKind } from '../../../../../shared/domain/session-note';
import { FieldMessage } from '../../../components/FieldMessage';
import { textParser } from '../../../components/field-parsers';
import { sessionNoteRepository } from '../../../db/repositories/session-note-repository';
import { useAutosave } from '../../../hooks/use-autosave';
import type { CaptureOutcome, CaptureTarget } from './capture-target';
import { useCaptureRow } from './use-capture-row';

const placeholders: Record<SessionListKind, string> = {
  decision: 'Who decided what, in one sentence',
  'parking-lot': 'A topic to take up later, and with whom',
  insight: 'What nobody expected to find',
};

interface NoteCaptureFormProps {
  sessionId: string;
  kind: SessionListKind;
  target: CaptureTarget;
  onCreated: (id: string) => void;
  /** Enter or Esc: the form closes at once and hands over its last save, still on its way. */
  onDone: (outcome: Promise<CaptureOutcome>, words: string) => void;
}

/** One line for a decision, parking-lot topic or insight, saved as it is typed; Enter finishes. */
export function NoteCaptureForm({
  sessionId,
  kind,
  target,
  onCreated,
  onDone,
}: NoteCaptureFormProps) {
  const id = useId();
  const label = captureLabels[kind].one;
  const parse = textParser(label, sessionNoteLimits.listEntry);
  const row = useCaptureRow<string>({
    create: (text) => sessionNoteRepository.addEntry(sessionId, kind, text, target),
    update: (noteId, text) => sessionNoteRepository.update(noteId, { text }),
    onCreated,
  });
  const { draft, error, onChange, flush } = useAutosave<string>({
    value: '',
    format: (text) => text,
    parse,
    save: row.save,
  });

  // Text that cannot be stored (too long) keeps the form open with the reason; otherwise the form
  // closes at once, so the next key is never typed into it, and its last save finishes behind it.
  function finish() {
    if (!parse(draft).ok) {
      void flush();
      return;
    }
    const text = draft.trim();
    onDone(
      flush().then(async (problem) => {
        if (problem) throw new Error(problem);
        return { id: await row.rowId(), empty: text === '' };
      }),
      text,
    );
  }

  return (
    <div className="capture-form" data-testid="capture-form">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          autoFocus
          value={draft}
          placeholder={placeholders[kind]}
          aria-invalid={error !== null}
          aria-describedby={`${id}-message`}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' && event.key !== 'Escape') return;
            event.preventDefault();
            finish();
          }}
        />
        <FieldMessage
          id={`${id}-message`}
          error={error}
          hint="Saved as you type · Enter or Esc to finish"
        />
      </div>
    </div>
  );
}
