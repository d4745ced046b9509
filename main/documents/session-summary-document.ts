import { Document, type Paragraph, type Table } from 'docx';
import { actionItemStatusLabels } from '../../shared/domain/action-item-filters';
import type { ActionItemLine } from '../../shared/documents/action-item-lines';
import type { SessionSummarySnapshot } from '../../shared/documents/session-summary-snapshot';
import { formatDuration } from '../../shared/domain/agenda-times';
import { bodyOrNote, bulletList, dataTable, emptyNote, heading, labelled } from './document-blocks';
import { documentTop, facilitatorLine } from './document-heading';
import { documentStyles } from './document-styles';
import { pageSection } from './page-layout';
import { agendaRunBlock, notesBlock, participantsBlock } from './summary-blocks';

/** The action items as a Word table: what, who, by when, where it stands. */
export function actionItemsTable(items: readonly ActionItemLine[]): Table {
  return dataTable(
    [
      { header: 'Action', width: 46 },
      { header: 'Owner', width: 22 },
      { header: 'Due', width: 16 },
      { header: 'Status', width: 16 },
    ],
    items.map((item) => [
      item.what.trim() || 'Untitled action',
      item.owner || 'No owner yet',
      item.dueDate || 'No date',
      actionItemStatusLabels[item.status],
    ]),
  );
}

function listOrNote(entries: readonly string[], emptyText: string): Paragraph[] {
  return entries.length === 0 ? [emptyNote(emptyText)] : bulletList(entries);
}

/** The session summary, sent after the session: pure snapshot → Document. */
export function buildSessionSummaryDocument(snapshot: SessionSummarySnapshot): Document {
  const { engagement, session, actionItems } = snapshot;
  const where = session.location.trim() === '' ? '' : ` · ${session.location}`;
  const children: (Paragraph | Table)[] = [
    ...documentTop(engagement, `${engagement.title} — session summary`),
    labelled('Session', `${session.title} — ${session.date} at ${session.startTime}${where}`),
    labelled('Length', formatDuration(session.lengthMinutes)),
    ...facilitatorLine(engagement),
    heading('Purpose of the session'),
    ...bodyOrNote(session.purpose, 'The purpose was not written down.'),
    heading('Participants'),
    ...participantsBlock(snapshot.participants),
    heading('Decisions taken'),
    ...listOrNote(snapshot.decisions, 'No decisions were recorded.'),
    heading('Action items'),
    actionItems.length === 0
      ? emptyNote('No action items were raised in this session.')
      : actionItemsTable(actionItems),
    heading('Notes'),
    ...notesBlock(snapshot),
    heading('Parking lot'),
    ...listOrNote(snapshot.parkingLot, 'Nothing was parked.'),
    heading('Agenda: planned and actual'),
    ...agendaRunBlock(snapshot),
  ];
  return new Document({
    creator: engagement.consultantName || 'Session Studio',
    title: `${engagement.clientName} — ${session.title} summary`,
    description: 'Session summary: decisions and action items',
    styles: documentStyles,
    sections: [pageSection('portrait', children)],
  });
}
