import type { Paragraph, Table } from 'docx';
import type { AgendaSnapshot } from '../../shared/documents/agenda-snapshot';
import type { DocumentVersion } from '../../shared/domain/document-choices';
import { participantRoleLabels } from '../../shared/domain/participant';
import { breakableEmail } from '../../shared/documents/unbreakable-units';
import { dataTable, emptyNote, heading, type TableLook } from './document-blocks';

/**
 * Who is invited to the session, for the pre-read: name, title, organisation, role and e-mail.
 * With nobody invited yet, the working version says so and the client version leaves it out.
 */
export function invitedBlock(
  participants: AgendaSnapshot['participants'],
  look: TableLook,
  version: DocumentVersion,
): (Paragraph | Table)[] {
  if (participants.length === 0)
    return version === 'client' ? [] : [heading('Who is invited'), emptyNote('Nobody yet.')];
  return [
    heading('Who is invited'),
    dataTable(
      [
        { header: 'Name', width: 22 },
        { header: 'Title', width: 20 },
        { header: 'Organisation', width: 18 },
        { header: 'Role', width: 15 },
        { header: 'E-mail', width: 25 },
      ],
      participants.map((person, index) => [
        person.name.trim() || `Participant ${index + 1}`,
        person.title.trim() || '—',
        person.organisation.trim() || '—',
        participantRoleLabels[person.role],
        breakableEmail(person.email.trim()) || '—',
      ]),
      look,
    ),
  ];
}
