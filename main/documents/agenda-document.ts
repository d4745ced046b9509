import { Document, Paragraph, TextRun } from 'docx';
import type { AgendaSnapshot } from '../../shared/documents/agenda-snapshot';
import { formatDuration, scheduleAgenda } from '../../shared/domain/agenda-times';
import { plannedAgendaTable } from './agenda-table';
import { coverSection } from './cover-page';
import { bodyOrNote, heading } from './document-blocks';
import type { DocumentLook } from './document-look';
import { documentProperties } from './document-properties';
import { pageSection } from './page-layout';
import { sessionCover } from './session-cover';

/** The session agenda, a pre-read sent before the session: pure snapshot and look → Document. */
export function buildAgendaDocument(snapshot: AgendaSnapshot, look: DocumentLook): Document {
  const { engagement, session, agenda } = snapshot;
  const schedule = scheduleAgenda(session.startTime, session.lengthMinutes, agenda);

  const agendaBlock =
    agenda.length === 0
      ? bodyOrNote('', 'No agenda items yet.')
      : [
          plannedAgendaTable(
            schedule.rows.map((row) => ({ start: row.start, ...row.item })),
            look,
          ),
          new Paragraph({
            spacing: { before: 120 },
            children: [
              new TextRun({
                text:
                  `Planned ${formatDuration(schedule.plannedMinutes)} of ${formatDuration(schedule.sessionMinutes)}, ` +
                  `ending at ${schedule.ends}.` +
                  (schedule.overrunMinutes > 0
                    ? ` The agenda runs ${formatDuration(schedule.overrunMinutes)} over the session.`
                    : ''),
                italics: true,
              }),
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
        [
          heading('Purpose of the session'),
          ...bodyOrNote(session.purpose, 'The purpose has not been written yet.'),
          heading('Goals'),
          heading('Ultimate goal', 2),
          ...bodyOrNote(session.ultimateGoal, 'Not stated.'),
          heading('Immediate, realistic goals for this session', 2),
          ...bodyOrNote(session.immediateGoals, 'Not stated.'),
          heading('Agenda'),
          ...agendaBlock,
        ],
        look,
      ),
    ],
  });
}
