import { Document, Paragraph, type Table } from 'docx';
import { actionItemStatusLabels } from '../../shared/domain/action-item-filters';
import type { ActionItemLine } from '../../shared/documents/action-item-lines';
import type { SessionSummarySnapshot } from '../../shared/documents/session-summary-snapshot';
import { coverSection } from './cover-page';
import type { DocumentVersion } from '../../shared/domain/document-choices';
import { body, bulletList, dataTable, emptyNote, heading, textRun } from './document-blocks';
import type { DocumentLook } from './document-look';
import { documentProperties } from './document-properties';
import { pageSection } from './page-layout';
import { sessionCover } from './session-cover';
import { removedObjectiveText, revisedObjectiveText } from './revised-objective-lines';
import { agendaRunBlock, notesBlock, participantsBlock } from './summary-blocks';
import { objectiveTitle } from '../../shared/domain/objective';

/** The action items as a Word table: what, who, by when, where it stands. */
export function actionItemsTable(
  items: readonly ActionItemLine[],
  look: DocumentLook,
  version: DocumentVersion = 'working',
): Table {
  const toDo = (text: string) => (version === 'client' ? '—' : text);
  return dataTable(
    [
      { header: 'Action', width: 46 },
      { header: 'Owner', width: 22 },
      { header: 'Due', width: 16 },
      { header: 'Status', width: 16 },
    ],
    items.map((item) => [
      item.what.trim() || toDo('Untitled action'),
      item.owner || toDo('No owner yet'),
      look.date(item.dueDate) || toDo('No date'),
      actionItemStatusLabels[item.status],
    ]),
    look,
  );
}

type Block = Paragraph | Table;

/**
 * A heading and its content; when there is none, the working version says so in one italic line
 * and the client version leaves the heading out.
 */
function titled(
  title: string,
  content: readonly Block[] | null,
  emptyText: string,
  version: DocumentVersion,
): Block[] {
  if (content === null) return version === 'client' ? [] : [heading(title), emptyNote(emptyText)];
  return [heading(title), ...content];
}

/**
 * Each objective the session stated or revised: its title in bold, then its changes as short
 * bullets ("Target: 1,000,000 EUR → 1,200,000 EUR", "Why: …"); then each objective it removed,
 * with what it said and why.
 */
function revisedObjectivesBlock(snapshot: SessionSummarySnapshot, look: DocumentLook) {
  const texts = [
    ...snapshot.objectiveChanges.map(({ objective, changes, isNew }) => {
      const title = objectiveTitle(objective, look.date);
      return revisedObjectiveText(title, changes, isNew, look);
    }),
    ...snapshot.removedObjectives.map(({ objective, reason }) =>
      removedObjectiveText(objective, reason, look),
    ),
  ];
  if (texts.length === 0) return null;
  return texts.flatMap((text) => [
    new Paragraph({
      keepNext: text.lines.length > 0,
      spacing: { before: 120 },
      children: [textRun(text.title, { bold: true })],
    }),
    ...bulletList(text.lines),
  ]);
}

const listOrNull = (entries: readonly string[]) =>
  entries.length === 0 ? null : bulletList(entries);
const textOrNull = (text: string) => (text.trim() === '' ? null : body(text));

/** What a client version with nothing recorded says, so the document is never a bare cover. */
const nothingYet = emptyNote('Nothing was recorded in this session.');

/** The session summary, sent after the session: pure snapshot and look → Document. */
export function buildSessionSummaryDocument(
  snapshot: SessionSummarySnapshot,
  look: DocumentLook,
): Document {
  const { engagement, session, actionItems, version } = snapshot;
  const children: Block[] = [
    ...titled(
      'Purpose of the session',
      textOrNull(session.purpose),
      'The purpose was not written down.',
      version,
    ),
    ...titled(
      'Participants',
      participantsBlock(snapshot.participants, look, version),
      'No participants were recorded.',
      version,
    ),
    ...titled(
      'Decisions taken',
      listOrNull(snapshot.decisions),
      'No decisions were recorded.',
      version,
    ),
    ...titled(
      'Objectives revised',
      revisedObjectivesBlock(snapshot, look),
      'No objective was changed in this session.',
      version,
    ),
    ...titled(
      'Action items',
      actionItems.length === 0 ? null : [actionItemsTable(actionItems, look, version)],
      'No action items were raised in this session.',
      version,
    ),
    ...titled('Notes', notesBlock(snapshot), 'No notes were taken.', version),
    ...titled('Parking lot', listOrNull(snapshot.parkingLot), 'Nothing was parked.', version),
    ...titled(
      'Agenda: planned and actual',
      agendaRunBlock(snapshot, look),
      'The session had no agenda.',
      version,
    ),
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
      pageSection('portrait', children.length > 0 ? children : [nothingYet], look),
    ],
  });
}
