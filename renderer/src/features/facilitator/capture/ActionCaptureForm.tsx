import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ActionItemEditable } from '../../../../../shared/domain/action-item';
import { limits } from '../../../../../shared/domain/limits';
import type { Participant } from '../../../../../shared/domain/participant';
import { FieldMessage } from '../../../components/FieldMessage';
import { textParser } from '../../../components/field-parsers';
import { actionItemRepository } from '../../../db/repositories/action-item-repository';
import { useAutosave } from '../../../hooks/use-autosave';
import { useFailureMessage } from '../../../hooks/use-failure-message';
import type { CaptureOutcome, CaptureTarget } from './capture-target';
import { useCaptureRow } from './use-capture-row';

interface ActionCaptureFormProps {
  engagementId: string;
  sessionId: string;
  target: CaptureTarget;
  /** The people the owner is picked from: the session's participants with a name. */
  participants: readonly Participant[];
  onCreated: (id: string) => void;
  onDone: (outcome: Promise<CaptureOutcome>, words: string) => void;
}

/**
 * An action item in three fields, all from the keyboard: what (typed), the owner (picked from the
 * participants by typing the first letters of a name) and the due date. Tab moves between them;
 * Enter or Esc finishes. Each field is saved as it changes.
 */
export function ActionCaptureForm({
  engagementId,
  sessionId,
  target,
  participants,
  onCreated,
  onDone,
}: ActionCaptureFormProps) {
  const id = useId();
  const [ownerId, setOwnerId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const picked = useFailureMessage();
  /** The owner and due-date saves, chained, so finishing waits for the last one. */
  const picks = useRef<Promise<unknown>>(Promise.resolve());
  const row = useCaptureRow<Partial<ActionItemEditable>>({
    create: (patch) =>
      actionItemRepository.create(engagementId, sessionId, {
        ...patch,
        source: target
          ? { kind: 'agenda-item', id: target.id, label: target.title.trim() }
          : { kind: 'none', id: '', label: '' },
      }),
    update: (actionId, patch) => actionItemRepository.update(actionId, patch),
    onCreated,
  });
  const parse = textParser('Action', limits.shortText);
  const what = useAutosave<string>({
    value: '',
    format: (text) => text,
    parse,
    save: (text) => row.save({ what: text }),
  });
  const named = participants.filter((participant) => participant.name.trim() !== '');

  function chooseOwner(value: string) {
    setOwnerId(value);
    const participant = named.find((candidate) => candidate.id === value);
    pick({
      ownerParticipantId: participant?.id ?? '',
      ownerName: participant?.name.trim() ?? '',
    });
  }

  function chooseDate(value: string) {
    setDueDate(value);
    pick({ dueDate: value });
  }

  function pick(patch: Partial<ActionItemEditable>) {
    const saving = picks.current.then(() => row.save(patch));
    picks.current = saving.catch(() => undefined);
    void picked.run(() => saving);
  }

  function finish() {
    if (!parse(what.draft).ok || picked.error) {
      void what.flush();
      return;
    }
    const text = what.draft.trim();
    const empty = text === '' && ownerId === '' && dueDate === '';
    const pending = Promise.all([what.flush(), picks.current]).then(async ([problem]) => {
      if (problem) throw new Error(problem);
      return { id: await row.rowId(), empty };
    });
    onDone(pending, text);
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== 'Escape') return;
    event.preventDefault();
    finish();
  };

  return (
    <div className="capture-form capture-form--action" data-testid="capture-form">
      <div className="field capture-form__what">
        <label htmlFor={`${id}-what`}>Action item</label>
        <input
          id={`${id}-what`}
          autoFocus
          value={what.draft}
          placeholder="What is to be done"
          aria-invalid={what.error !== null}
          onChange={(event) => what.onChange(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-owner`}>Owner</label>
        <select
          id={`${id}-owner`}
          value={ownerId}
          onChange={(event) => chooseOwner(event.target.value)}
          onKeyDown={onKeyDown}
        >
          <option value="">{named.length === 0 ? 'No participants listed' : 'No owner yet'}</option>
          {named.map((participant) => (
            <option key={participant.id} value={participant.id}>
              {participant.name.trim()}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-due`}>Due</label>
        <input
          id={`${id}-due`}
          type="date"
          value={dueDate}
          min="2000-01-01"
          max="2100-12-31"
          onChange={(event) => chooseDate(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <FieldMessage
        error={what.error ?? picked.error}
        hint="Saved as you type · Tab to the owner and the due date · Enter or Esc to finish"
      />
    </div>
  );
}
