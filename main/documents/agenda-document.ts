import { AlignmentType, Document, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import type { AgendaSnapshot } from '../../shared/documents/agenda-snapshot';
import { formatDuration, scheduleAgenda } from '../../shared/domain/agenda-times';
import { plannedAgendaTable } from './agenda-table';
import { body, bodyOrNote, heading, labelled } from './document-blocks';
import { documentStyles } from './document-styles';

/** The session agenda, a pre-read sent before the session: pure snapshot → Document. */
export function buildAgendaDocument(snapshot: AgendaSnapshot): Document {
  const { engagement, session, agenda } = snapshot;
  const schedule = scheduleAgenda(session.startTime, session.lengthMinutes, agenda);
  const where = session.location.trim() === '' ? '' : ` · ${session.location}`;

  const agendaBlock =
    agenda.length === 0
      ? bodyOrNote('', 'No agenda items yet.')
      : [
          plannedAgendaTable(schedule.rows.map((row) => ({ start: row.start, ...row.item }))),
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
    creator: engagement.consultantName || 'Session Studio',
    title: `${engagement.clientName} — ${session.title} agenda`,
    description: 'Session agenda (pre-read)',
    styles: documentStyles,
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ style: 'Title', children: [new TextRun(engagement.clientName)] }),
          new Paragraph({ children: [new TextRun({ text: engagement.title, size: 28 })] }),
          labelled('Session', `${session.title} — ${session.date} at ${session.startTime}${where}`),
          labelled('Length', formatDuration(session.lengthMinutes)),
          ...(engagement.consultantName || engagement.firmName
            ? [
                labelled(
                  'Facilitator',
                  [engagement.consultantName, engagement.firmName].filter(Boolean).join(', '),
                ),
              ]
            : []),
          heading('Purpose of the session'),
          ...bodyOrNote(session.purpose, 'The purpose has not been written yet.'),
          heading('Goals'),
          heading('Ultimate goal', 2),
          ...bodyOrNote(session.ultimateGoal, 'Not stated.'),
          heading('Immediate, realistic goals for this session', 2),
          ...bodyOrNote(session.immediateGoals, 'Not stated.'),
          heading('Agenda'),
          ...agendaBlock,
          ...body(''),
        ],
      },
    ],
  });
}
