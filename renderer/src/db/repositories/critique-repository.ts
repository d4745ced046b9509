import {
  critiqueEntryEditableSchema,
  critiqueEntrySchema,
  critiqueKindLabels,
  critiqueKinds,
  critiqueSheetEditableSchema,
  critiqueSheetSchema,
  emptyCritiqueSheet,
  maxCritiqueEntriesPerKind,
  type CritiqueEntry,
  type CritiqueEntryEditable,
  type CritiqueKind,
  type CritiqueSheet,
} from '../../../../shared/domain/critique';
import { db } from '../database';
import { trackSave } from '../save-status';
import { createListRepository } from './list-repository';
import { createSheetRepository } from './sheet-repository';
import { newId, validate, ValidationError } from './validation';

const tableName = 'critiqueEntries';
const table = () => db.table<CritiqueEntry, string>(tableName);

const list = createListRepository<CritiqueEntry, CritiqueEntryEditable>({
  tableName,
  parentKey: 'engagementId',
  schema: critiqueEntrySchema,
  editableSchema: critiqueEntryEditableSchema,
  defaults: () => ({ text: '' }),
  maxRows: maxCritiqueEntriesPerKind * critiqueKinds.length,
  tooManyMessage: 'The self-critique is full.',
});

function tooMany(kind: CritiqueKind): string {
  return `The self-critique can hold at most ${maxCritiqueEntriesPerKind} ${critiqueKindLabels[kind].many.toLocaleLowerCase()}.`;
}

async function rowsOf(engagementId: string): Promise<CritiqueEntry[]> {
  return table().where('engagementId').equals(engagementId).toArray();
}

/**
 * The self-critique's findings, one table for the four SWOT lists and the needed changes; each
 * list keeps its own order (positions are shared, so reordering one list never moves another).
 */
export const critiqueEntryRepository = {
  ...list,

  /** Appends a finding to one list, refused with a clear message when that list is full. */
  create(
    engagementId: string,
    kind: CritiqueKind,
    input: Partial<CritiqueEntryEditable> = {},
  ): Promise<string> {
    return trackSave(
      db.transaction('rw', table(), async () => {
        const sameKind = (await rowsOf(engagementId)).filter((row) => row.kind === kind);
        if (sameKind.length >= maxCritiqueEntriesPerKind) throw new ValidationError(tooMany(kind));
        return list.add(engagementId, input, { kind });
      }),
    );
  },

  /** Adds several findings at once (a pasted list); all or nothing; returns how many. */
  async createMany(engagementId: string, kind: CritiqueKind, texts: readonly string[]) {
    if (texts.length === 0) return 0;
    return trackSave(
      db.transaction('rw', table(), async () => {
        const existing = await rowsOf(engagementId);
        const sameKind = existing.filter((row) => row.kind === kind).length;
        if (sameKind + texts.length > maxCritiqueEntriesPerKind)
          throw new ValidationError(tooMany(kind));
        const last = existing.reduce((max, row) => Math.max(max, row.position), 0);
        const now = Date.now();
        const rows = texts.map((text, index) =>
          validate(critiqueEntrySchema, {
            id: newId(),
            engagementId,
            position: last + index + 1,
            kind,
            text,
            createdAt: now,
            updatedAt: now,
          }),
        );
        await table().bulkAdd(rows);
        return rows.length;
      }),
    );
  },
};

/** The self-view, the prospects' view and the positioning statement's parts. */
export const critiqueSheetRepository = createSheetRepository<CritiqueSheet>({
  tableName: 'critiqueSheets',
  schema: critiqueSheetSchema,
  editableSchema: critiqueSheetEditableSchema,
  empty: emptyCritiqueSheet,
});
