import { Paragraph, type Table } from 'docx';
import type { SessionSummarySnapshot } from '../../shared/documents/session-summary-snapshot';
import { formatDuration, scheduleAgenda } from '../../shared/domain/agenda-times';
import { summarizeActuals } from '../../shared/domain/facilitator-clock';
import type { DocumentVersion } from '../../shared/domain/document-choices';
import { participantRoleLabels } from '../../shared/domain/participant';
import { breakableEmail } from '../../shared/documents/unbreakable-units';
import { plannedAgendaTable } from './agenda-table';
import {
  bodyOrNote,
  dataTable,
  emptyNote,
  heading,
  labelled,
  textRun,
  type TableLook,
} from './document-blocks';

type Participant = SessionSummarySnapshot['participants'][number];

const nameOf = (person: Participant) => person.name.trim() || 'Unnamed participant';

/**
 * "Sato Hanako (佐藤 花子) — Head of sales, Acme, hanako@acme.jp": the details after a dash, so a
 * name that carries its own brackets never reads "(…) (…)".
 */
export function withDetails(person: Participant): string {
  const details = [person.title, person.organisation, person.email]
    .map((part) => part.trim())
    .filter(Boolean);
  return details.length === 0 ? nameOf(person) : `${nameOf(person)} — ${details.join(', ')}`;
}

/** Who was in the room as a table; who was absent, or never marked, named below it. */
export function participantsBlock(
  participants: readonly Participant[],
  look: TableLook,
  version: DocumentVersion,
): (Paragraph | Table)[] | null {
  if (participants.length === 0) return null;
  const attended = participants.filter((person) => person.attendance === 'attended');
  const absent = participants.filter((person) => person.attendance === 'absent');
  const unmarked = participants.filter((person) => person.attendance === 'invited');
  const attendedTable =
    attended.length === 0
      ? version === 'client'
        ? []
        : [emptyNote('Nobody was marked as attended.')]
      : [
          dataTable(
            [
              { header: 'Attended', width: 22 },
              { header: 'Title', width: 20 },
              { header: 'Organisation', width: 18 },
              { header: 'Role', width: 15 },
              { header: 'E-mail', width: 25 },
            ],
            attended.map((person) => [
              nameOf(person),
              person.title,
              person.organisation,
              participantRoleLabels[person.role],
              breakableEmail(person.email),
            ]),
            look,
          ),
        ];
  return [
    ...attendedTable,
    ...(absent.length > 0
      ? [labelled('Absent', absent.map(withDetails).join('; '), { spaceBefore: true })]
      : []),
    ...(unmarked.length > 0
      ? [
          labelled('Invited, attendance not recorded', unmarked.map(withDetails).join('; '), {
            spaceBefore: absent.length === 0,
          }),
        ]
      : []),
  ];
}

const itemTitle = (title: string, index: number) => title.trim() || `Agenda item ${index + 1}`;

/** Each agenda item's note under the item's title, then the general notes and orphaned ones. */
export function notesBlock(snapshot: SessionSummarySnapshot): Paragraph[] | null {
  const { agenda, generalNotes, notesOfRemovedItems } = snapshot;
  const noted = agenda.flatMap((item, index) =>
    item.note.trim() === '' ? [] : [{ ...item, number: index + 1 }],
  );
  const anything = noted.length > 0 || generalNotes.trim() !== '' || notesOfRemovedItems.length > 0;
  if (!anything) return null;
  return [
    // Only the items something was noted under: an empty heading per item says nothing.
    ...noted.flatMap((item) => [
      heading(`${item.number}. ${itemTitle(item.title, item.number - 1)}`, 2),
      ...bodyOrNote(item.note, ''),
    ]),
    ...(generalNotes.trim() === ''
      ? []
      : [heading('General notes', 2), ...bodyOrNote(generalNotes, '')]),
    ...(notesOfRemovedItems.length === 0
      ? []
      : [
          heading('Notes on items taken off the agenda', 2),
          ...notesOfRemovedItems.flatMap((entry) => [
            new Paragraph({
              children: [textRun(entry.title.trim() || 'Untitled item', { bold: true })],
            }),
            ...bodyOrNote(entry.note, ''),
          ]),
        ]),
  ];
}

/** The agenda as run: planned minutes beside the actual ones when facilitator mode kept time. */
export function agendaRunBlock(
  snapshot: SessionSummarySnapshot,
  look: TableLook,
): (Paragraph | Table)[] | null {
  const { agenda, session, version } = snapshot;
  if (agenda.length === 0) return null;
  const schedule = scheduleAgenda(session.startTime, session.lengthMinutes, agenda);
  if (agenda.every((item) => item.actualMinutes === null))
    return [
      plannedAgendaTable(
        schedule.rows.map((row, index) => ({
          ...row.item,
          start: row.start,
          title: itemTitle(row.item.title, index),
        })),
        look,
      ),
      ...(version === 'client'
        ? []
        : [
            emptyNote(
              'Actual times were not recorded: the session was not run in facilitator mode.',
            ),
          ]),
    ];
  const { recorded, plannedMinutes, actualMinutes } = summarizeActuals(agenda);
  const difference = actualMinutes - plannedMinutes;
  // Worded as the agenda worksheet says it under the agenda.
  const verdict =
    difference === 0
      ? ', exactly on plan.'
      : ` (${formatDuration(Math.abs(difference))} ${difference > 0 ? 'over' : 'under'}).`;
  return [
    dataTable(
      [
        { header: 'Start', width: 10 },
        { header: 'Item', width: 43 },
        { header: 'Planned', width: 13 },
        { header: 'Actual', width: 13 },
        { header: 'Owner', width: 21 },
      ],
      schedule.rows.map((row, index) => [
        row.start,
        itemTitle(row.item.title, index),
        `${row.item.minutes} min`,
        row.item.actualMinutes === null ? 'not run' : `${row.item.actualMinutes} min`,
        row.item.owner,
      ]),
      look,
    ),
    new Paragraph({
      spacing: { before: 120 },
      children: [
        textRun(
          `Run in facilitator mode: ${recorded} of ${agenda.length} items took ` +
            `${formatDuration(actualMinutes)} against ${formatDuration(plannedMinutes)} planned${verdict}`,
          { italics: true },
        ),
      ],
    }),
  ];
}
