import { useId, useState } from 'react';
import type { ActionItem } from '../../../../shared/domain/action-item';
import { ownerKey } from '../../../../shared/domain/action-item-filters';
import { limits } from '../../../../shared/domain/limits';
import type { Participant } from '../../../../shared/domain/participant';
import type { Session } from '../../../../shared/domain/session';
import { AutosaveTextField } from '../../components/AutosaveField';
import { textParser } from '../../components/field-parsers';
import { actionItemRepository } from '../../db/repositories/action-item-repository';
import { FieldError } from '../../components/FieldMessage';
import { useFailureMessage } from '../../hooks/use-failure-message';

// Select values: '' no owner, 'free' a typed name, 'p:<id>' a participant.
const typedName = 'free';

interface OwnerFieldProps {
  item: ActionItem;
  /** Everyone invited to any session of the engagement. */
  participants: readonly Participant[];
  sessionsById: Map<string, Session>;
  /** The owner's name as it reads today. */
  ownerName: string;
}

/** The owner: someone from the engagement's participants, or a name typed for someone else. */
export function OwnerField({ item, participants, sessionsById, ownerName }: OwnerFieldProps) {
  const id = useId();
  const { error, run } = useFailureMessage();
  const [typing, setTyping] = useState(item.ownerParticipantId === '' && item.ownerName !== '');
  const named = participants.filter((participant) => participant.name.trim() !== '');
  const nameCounts = new Map<string, number>();
  for (const participant of named) {
    const key = ownerKey(participant.name);
    nameCounts.set(key, (nameCounts.get(key) ?? 0) + 1);
  }
  const label = (participant: Participant) => {
    const name = participant.name.trim();
    // The same name in two sessions: say which session, so the choice is not a guess.
    if ((nameCounts.get(ownerKey(name)) ?? 0) < 2) return name;
    return `${name} (${sessionsById.get(participant.sessionId)?.title ?? 'another session'})`;
  };
  const chosenGone =
    item.ownerParticipantId !== '' && !named.some((p) => p.id === item.ownerParticipantId);
  const value = item.ownerParticipantId
    ? `p:${item.ownerParticipantId}`
    : typing || item.ownerName !== ''
      ? typedName
      : '';

  function choose(next: string) {
    if (next === typedName) {
      setTyping(true);
      // Keep the name that was there, now as typed text the consultant can change.
      void run(() =>
        actionItemRepository.update(item.id, { ownerParticipantId: '', ownerName: ownerName }),
      );
      return;
    }
    setTyping(false);
    const participant = named.find((candidate) => `p:${candidate.id}` === next);
    void run(() =>
      actionItemRepository.update(item.id, {
        ownerParticipantId: participant?.id ?? '',
        ownerName: participant?.name.trim() ?? '',
      }),
    );
  }

  return (
    <div className="action-row__owner">
      <div className="field">
        <label htmlFor={id}>Owner</label>
        <select id={id} value={value} onChange={(event) => choose(event.target.value)}>
          <option value="">No owner yet</option>
          {named.length > 0 ? (
            <optgroup label="Participants">
              {named.map((participant) => (
                <option key={participant.id} value={`p:${participant.id}`}>
                  {label(participant)}
                </option>
              ))}
            </optgroup>
          ) : null}
          {chosenGone ? (
            <option value={`p:${item.ownerParticipantId}`}>
              {item.ownerName || 'A participant'} (no longer listed)
            </option>
          ) : null}
          <option value={typedName}>Someone else (type a name)</option>
        </select>
        <FieldError message={error} />
      </div>
      {value === typedName ? (
        <AutosaveTextField
          label="Owner name"
          placeholder="Name"
          value={item.ownerName}
          parse={textParser('Owner', limits.name)}
          save={(name) => actionItemRepository.update(item.id, { ownerName: name })}
        />
      ) : null}
    </div>
  );
}
