import { limits } from '../../../../shared/domain/limits';
import {
  attendanceStates,
  optionalEmail,
  participantRoleLabels,
  participantRoles,
  type Attendance,
  type Participant,
  type ParticipantEditable,
} from '../../../../shared/domain/participant';
import { AutosaveTextField } from '../../components/AutosaveField';
import { textParser } from '../../components/field-parsers';
import type { ParseResult } from '../../hooks/use-autosave';
import { DragHandle, RowMoveRemove, rowName } from '../../components/RowControls';
import { ChoiceField, choicesOf } from '../../components/ChoiceField';
import type { ListRowContext } from '../../components/EditableListSection';
import { fieldSavers } from '../../components/field-savers';
import { participantRepository } from '../../db/repositories/participant-repository';

const roleChoices = choicesOf(participantRoles, participantRoleLabels);

const attendanceLabels: Record<Attendance, string> = {
  invited: 'Invited',
  attended: 'Attended',
  absent: 'Absent',
};
const attendanceChoices = choicesOf(attendanceStates, attendanceLabels);

const textFields = [
  { key: 'name', label: 'Name', placeholder: 'Full name' },
  { key: 'title', label: 'Title', placeholder: 'e.g. VP Sales' },
  { key: 'organisation', label: 'Organisation', placeholder: 'Client, agency…' },
] as const;

/** An address the pre-read and the summary can list; '' is fine, a malformed one is refused. */
function emailParser(draft: string): ParseResult<string> {
  const email = draft.trim();
  const checked = optionalEmail.safeParse(email);
  return checked.success
    ? { ok: true, value: email }
    : { ok: false, message: checked.error.issues[0]?.message ?? 'That is not an e-mail address.' };
}

/** One person: who they are, the role they bring to the room, and whether they came. */
export function ParticipantRow({
  participant,
  row,
}: {
  participant: Participant;
  row: ListRowContext;
}) {
  const number = row.controls.index + 1;
  const name = rowName(participant.name, 'participant', row.controls.index);
  const save = fieldSavers<ParticipantEditable>((patch) =>
    participantRepository.update(participant.id, patch),
  );
  return (
    <div
      className={`participant-row participant-row--${participant.attendance}`}
      data-testid="participant-row"
    >
      <DragHandle name={name} controls={row.controls} />
      {textFields.map((field) => (
        <AutosaveTextField
          key={field.key}
          label={`${field.label} of participant ${number}`}
          hideLabel
          placeholder={field.placeholder}
          autoFocus={field.key === 'name' && row.autoFocus}
          value={participant[field.key]}
          parse={textParser(field.label, limits.name)}
          save={save(field.key)}
        />
      ))}
      <AutosaveTextField
        label={`E-mail of participant ${number}`}
        hideLabel
        type="email"
        placeholder="name@client.com"
        value={participant.email}
        parse={emailParser}
        save={save('email')}
      />
      <ChoiceField
        label={`Role of participant ${number}`}
        hideLabel
        value={participant.role}
        choices={roleChoices}
        save={save('role')}
      />
      <ChoiceField
        label={`Attendance of participant ${number}`}
        hideLabel
        value={participant.attendance}
        choices={attendanceChoices}
        save={save('attendance')}
      />
      <RowMoveRemove name={name} controls={row.controls} onRemove={row.remove} />
    </div>
  );
}
