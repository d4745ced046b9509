import { limits } from '../../../../shared/domain/limits';
import {
  attendanceStates,
  participantRoleLabels,
  participantRoles,
  type Attendance,
  type Participant,
  type ParticipantEditable,
} from '../../../../shared/domain/participant';
import { AutosaveTextField } from '../../components/AutosaveField';
import { textParser } from '../../components/field-parsers';
import { DragHandle, RowMoveRemove, rowName } from '../../components/RowControls';
import { SelectField } from '../../components/SelectField';
import type { ListRowContext } from '../../components/EditableListSection';
import { participantRepository } from '../../db/repositories/participant-repository';

const roleOptions = participantRoles.map((role) => ({
  value: role,
  label: participantRoleLabels[role],
}));

const attendanceLabels: Record<Attendance, string> = {
  invited: 'Invited',
  attended: 'Attended',
  absent: 'Absent',
};
const attendanceOptions = attendanceStates.map((state) => ({
  value: state,
  label: attendanceLabels[state],
}));

const textFields = [
  { key: 'name', label: 'Name', placeholder: 'Full name' },
  { key: 'title', label: 'Title', placeholder: 'e.g. VP Sales' },
  { key: 'organisation', label: 'Organisation', placeholder: 'Client, agency…' },
] as const;

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
  const save =
    <K extends keyof ParticipantEditable>(key: K) =>
    (value: ParticipantEditable[K]) =>
      participantRepository.update(participant.id, {
        [key]: value,
      } as Partial<ParticipantEditable>);
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
      <SelectField
        label={`Role of participant ${number}`}
        hideLabel
        value={participant.role}
        options={roleOptions}
        save={save('role')}
      />
      <SelectField
        label={`Attendance of participant ${number}`}
        hideLabel
        value={participant.attendance}
        options={attendanceOptions}
        save={save('attendance')}
      />
      <RowMoveRemove name={name} controls={row.controls} onRemove={row.remove} />
    </div>
  );
}
