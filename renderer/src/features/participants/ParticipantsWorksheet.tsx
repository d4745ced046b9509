import { maxParticipants } from '../../../../shared/domain/participant';
import { readParticipantLine } from '../../../../shared/domain/participant-paste';
import { EditableListSection } from '../../components/EditableListSection';
import { removedName } from '../../components/RowControls';
import { participantRepository } from '../../db/repositories/participant-repository';
import { useParticipants } from '../../hooks/use-participants';
import type { WorksheetProps } from '../workspace/worksheet-props';
import { CoveragePanel } from './CoveragePanel';
import { ParticipantRow } from './ParticipantRow';
import './participants.css';

const columns = ['', 'Name', 'Title', 'Organisation', 'E-mail', 'Role', 'Attendance', ''];

function ColumnHeader() {
  return (
    <div className="column-labels participant-header" aria-hidden="true">
      {columns.map((column, index) => (
        <span key={index}>{column}</span>
      ))}
    </div>
  );
}

export function ParticipantsWorksheet({ engagement, session }: WorksheetProps) {
  const participants = useParticipants(session.id);
  return (
    <section className="worksheet participants" aria-labelledby="participants-title">
      <h2 id="participants-title">Participants</h2>
      <p className="worksheet-hint">
        The right people must be in the room: marketing, sales, an executive who can decide, a
        strategist and whoever writes the messages. Sales is the role most often missing. List who
        is invited before the session; mark who attended once it starts.
      </p>
      {participants && participants.length > 0 ? (
        <CoveragePanel participants={participants} />
      ) : null}
      <EditableListSection
        title="People invited"
        intro={participants && participants.length > 0 ? <ColumnHeader /> : null}
        items={participants}
        emptyText="Nobody is listed yet. Add each person invited, with the role they bring."
        addLabel="Add participant"
        onAdd={() => participantRepository.create(engagement.id, session.id)}
        onReorder={(ids) => participantRepository.reorder(session.id, ids)}
        repository={participantRepository}
        describe={(participant) => removedName(participant.name, 'participant')}
        renderRow={(participant, row) => <ParticipantRow participant={participant} row={row} />}
        paste={{
          noun: { one: 'person', many: 'people' },
          openLabel: 'Add several people at once',
          label: 'People to add, one per line',
          placeholder: 'Ana Ruiz, CMO, Acme\nDana Lee, VP Sales, Acme',
          hint: 'Name, title and organisation, separated by commas or tabs (paste from a spreadsheet); a column holding an e-mail address is taken as the e-mail. Everyone is added as invited with the role “Other”; set roles in the list.',
          max: maxParticipants,
          read: readParticipantLine,
          add: (people) => participantRepository.createMany(engagement.id, session.id, people),
        }}
      />
    </section>
  );
}
