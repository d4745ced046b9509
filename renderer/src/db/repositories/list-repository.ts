import type { Table } from 'dexie';
import type { z } from 'zod';
import { db } from '../database';
import { trackSave } from '../save-status';
import { newId, validate, ValidationError } from './validation';

/** Every list row: an id, its parent (engagement or session), its place in the list, timestamps. */
export interface ListRow {
  id: string;
  position: number;
  createdAt: number;
  updatedAt: number;
}

interface ListRepositoryOptions<Row extends ListRow, Editable> {
  /** The Dexie table, declared in database.ts. */
  tableName: string;
  /** The indexed field that holds the parent's id: 'engagementId' or 'sessionId'. */
  parentKey: keyof Row & string;
  /** The whole row, checked on every write. */
  schema: z.ZodType<Row>;
  /** The fields the consultant edits, each optional in a patch. */
  editableSchema: z.ZodObject<z.ZodRawShape>;
  /** Values of a new row before the consultant types anything. */
  defaults: () => Editable;
  maxRows: number;
  /** How a row is called in messages: "An agenda can have at most 100 items." */
  tooManyMessage: string;
}

/**
 * A repository for one ordered list of rows under an engagement or a session: every write is
 * validated and stamped, removals hand the row back for undo, and reordering is one transaction.
 */
export function createListRepository<Row extends ListRow, Editable extends object>(
  options: ListRepositoryOptions<Row, Editable>,
) {
  const { tableName, parentKey, schema, editableSchema, defaults, maxRows, tooManyMessage } =
    options;
  const table = (): Table<Row, string> => db.table<Row, string>(tableName);
  const rowsOf = (parentId: string) => table().where(parentKey).equals(parentId).toArray();
  const byPosition = (a: Row, b: Row) => a.position - b.position;

  return {
    list(parentId: string): Promise<Row[]> {
      return rowsOf(parentId).then((rows) => rows.sort(byPosition));
    },

    get(id: string): Promise<Row | undefined> {
      return table().get(id);
    },

    /** Appends a row; `extra` carries fields outside the editable set (links to other records). */
    async add(
      parentId: string,
      input: Partial<Editable> = {},
      extra: Partial<Row> = {},
    ): Promise<string> {
      const id = newId();
      await trackSave(
        db.transaction('rw', table(), async () => {
          const existing = await rowsOf(parentId);
          if (existing.length >= maxRows) throw new ValidationError(tooManyMessage);
          const now = Date.now();
          const row = validate(schema, {
            ...defaults(),
            ...input,
            ...extra,
            id,
            [parentKey]: parentId,
            position: existing.reduce((max, item) => Math.max(max, item.position), 0) + 1,
            createdAt: now,
            updatedAt: now,
          });
          await table().add(row);
        }),
      );
      return id;
    },

    /** Writes only the changed fields, after checking the patch and the whole resulting row. */
    async update(id: string, patch: Partial<Editable>): Promise<void> {
      const changes = validate(editableSchema.partial(), patch) as Partial<Row>;
      await trackSave(
        db.transaction('rw', table(), async () => {
          const current = await table().get(id);
          if (!current) throw new ValidationError('This entry no longer exists.');
          const next = validate(schema, { ...current, ...changes, updatedAt: Date.now() });
          await table().put(next);
        }),
      );
    },

    /** Removes a row and hands it back, so the removal can be undone. */
    remove(id: string): Promise<Row | undefined> {
      return trackSave(
        db.transaction('rw', table(), async () => {
          const row = await table().get(id);
          await table().delete(id);
          return row;
        }),
      );
    },

    async restore(row: Row): Promise<void> {
      await trackSave(table().put(validate(schema, row)));
    },

    /** Stores a new order: positions follow the given ids; unknown ids are ignored. */
    async reorder(parentId: string, orderedIds: readonly string[]): Promise<void> {
      await trackSave(
        db.transaction('rw', table(), async () => {
          const rows = (await rowsOf(parentId)).sort(byPosition);
          const known = new Set(rows.map((row) => row.id));
          const order = orderedIds.filter((id) => known.has(id));
          const rest = rows.map((row) => row.id).filter((id) => !order.includes(id));
          await Promise.all(
            [...order, ...rest].map((id, index) =>
              table().update(id, { position: index + 1 } as never),
            ),
          );
        }),
      );
    },
  };
}

export type ListRepository<Row extends ListRow, Editable extends object> = ReturnType<
  typeof createListRepository<Row, Editable>
>;
