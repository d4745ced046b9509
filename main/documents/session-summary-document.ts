import { Document, type Paragraph, type Table } from 'docx';
import { actionItemStatusLabels } from '../../shared/domain/action-item-filters';
import type { ActionItemLine } from '../../shared/documents/action-item-lines';
import type { SessionSummarySnapshot } from '../../shared/documents/session-summary-snapshot';
import { coverSection } from './cover-page';
import { bodyOrNote, bulletList, dataTable, emptyNote, heading } from './document-blocks';
import type { DocumentLook } from './document-look';
import { documentProperties } from './document-properties';
import { pageSection } from './page-layout';
import { sessionCover } from './session-cover';
import { agendaRunBlock, notesBlock, participantsBlock } from './summary-blocks';

/** The action items as a Word table: what, who, by when, where it stands. */
export function actionItemsTable(items: readonly ActionItemLine[], look: DocumentLook): Table {
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
      look.date(item.dueDate) || 'No date',
      actionItemStatusLabels[item.status],
    ]),
    look,
  );
}

function listOrNote(entries: readonly string[], emptyText: string): Paragraph[] {
  return entries.length === 0 ? [emptyNote(emptyText)] : bulletList(entries);
}

/** The session summary, sent after the session: pure snapshot and look → Document. */
export function buildSessionSummaryDocument(
  snapshot: SessionSummarySnapshot,
  look: DocumentLook,
): Document {
  const { engagement, session, actionItems } = snapshot;
  const children: (Paragraph | Table)[] = [
    heading('Purpose of the session'),
    ...bodyOrNote(session.purpose, 'The purpose was not written down.'),
    heading('Participants'),
    ...participantsBlock(snapshot.participants, look),
    heading('Decisions taken'),
    ...listOrNote(snapshot.decisions, 'No decisions were recorded.'),
    heading('Action items'),
    actionItems.length === 0
      ? emptyNote('No action items were raised in this session.')
      : actionItemsTable(actionItems, look),
    heading('Notes'),
    ...notesBlock(snapshot),
    heading('Parking lot'),
    ...listOrNote(snapshot.parkingLot, 'Nothing was parked.'),
    heading('Agenda: planned and actual'),
    ...agendaRunBlock(snapshot, look),
  ];
  return new Document({
    ...documentProperties(look, {
      kind: 'Session summary',
      subject: `${engagement.title} — ${session.title}`,
      description: 'Session summary: decisions and action items',
      keywords: ['summary', 'decisions', 'action items'],
    }),
    sections: [
      coverSection(look, sessionCover('Session summary', engagement.title, session, look)),
      pageSection('portrait', children, look),
    ],
  });
}
