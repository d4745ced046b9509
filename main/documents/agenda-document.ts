import { Document, Paragraph, type Table } from 'docx';
import type { AgendaSnapshot } from '../../shared/documents/agenda-snapshot';
import { formatDuration, scheduleAgenda } from '../../shared/domain/agenda-times';
import { plannedAgendaTable } from './agenda-table';
import { coverSection } from './cover-page';
import { bodyOrNote, emptyNote, heading, textRun } from './document-blocks';
import { invitedBlock } from './invited-block';
import type { DocumentLook } from './document-look';
import { documentProperties } from './document-properties';
import { pageSection } from './page-layout';
import { sessionCover } from './session-cover';

/** A client version with nothing written yet says so in a line, rather than a bare cover. */
function orNothingYet(blocks: (Paragraph | Table)[]): (Paragraph | Table)[] {
  return blocks.length > 0
    ? blocks
    : [emptyNote('The agenda for this session is still being prepared.')];
}

/** The session agenda, a pre-read sent before the session: pure snapshot and look → Document. */
export function buildAgendaDocument(snapshot: AgendaSnapshot, look: DocumentLook): Document {
  const { engagement, session, agenda, version } = snapshot;
  const client = version === 'client';
  /** A heading over its text; the client version leaves out what was never written. */
  const written = (title: string, text: string, emptyText: string, level: 1 | 2 = 1) =>
    text.trim() === '' && client ? [] : [heading(title, level), ...bodyOrNote(text, emptyText)];
  const goals = [
    ...written('Ultimate goal', session.ultimateGoal, 'Not stated.', 2),
    ...written(
      'Immediate, realistic goals for this session',
      session.immediateGoals,
      'Not stated.',
      2,
    ),
  ];
  const schedule = scheduleAgenda(session.startTime, session.lengthMinutes, agenda);

  const agendaBlock =
    agenda.length === 0
      ? client
        ? []
        : [heading('Agenda'), ...bodyOrNote('', 'No agenda items yet.')]
      : [
          heading('Agenda'),
          plannedAgendaTable(
            schedule.rows.map((row) => ({ start: row.start, ...row.item })),
            look,
          ),
          new Paragraph({
            spacing: { before: 120 },
            children: [
              textRun(
                `Planned ${formatDuration(schedule.plannedMinutes)} of ${formatDuration(schedule.sessionMinutes)}, ` +
                  `ending at ${schedule.ends}.` +
                  (schedule.overrunMinutes > 0
                    ? ` The agenda runs ${formatDuration(schedule.overrunMinutes)} over the session.`
                    : ''),
                { italics: true },
              ),
            ],
          }),
        ];

  return new Document({
    ...documentProperties(look, {
      kind: 'Session agenda',
      subject: `${engagement.title} — ${session.title}`,
      description: 'Session agenda (pre-read)',
      keywords: ['agenda', 'pre-read'],
    }),
    sections: [
      coverSection(look, sessionCover('Session agenda', engagement.title, session, look)),
      pageSection(
        'portrait',
        orNothingYet([
          ...written(
            'Purpose of the session',
            session.purpose,
            'The purpose has not been written yet.',
          ),
          ...(goals.length === 0 ? [] : [heading('Goals'), ...goals]),
          ...agendaBlock,
          ...invitedBlock(snapshot.participants, look, version),
        ]),
        look,
      ),
    ],
  });
}
