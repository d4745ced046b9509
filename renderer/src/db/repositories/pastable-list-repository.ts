import type { Table } from 'dexie';
import { db } from '../database';
import { trackSave } from '../save-status';
import { createListRepository, type ListRow } from './list-repository';
import { newId, validate, ValidationError } from './validation';

type ListOptions<Row extends ListRow, Editable extends object> = Parameters<
  typeof createListRepository<Row, Editable>
>[0];

/**
 * A list repository that can also take a pasted list of names (one new row per name) in one
 * transaction: all are added, in order, or none are, when any is refused or the list would grow
 * past its bound.
 */
export function createPastableListRepository<Row extends ListRow, Editable extends object>(
  options: ListOptions<Row, Editable>,
  nameField: keyof Editable & string,
) {
  const { tableName, parentKey, schema, defaults, maxRows, tooManyMessage } = options;
  return {
    ...createListRepository<Row, Editable>(options),

    async addNamed(parentId: string, names: readonly string[]): Promise<string[]> {
      const table: Table<Row, string> = db.table<Row, string>(tableName);
      return trackSave(
        db.transaction('rw', table, async () => {
          const existing = await table.where(parentKey).equals(parentId).toArray();
          if (existing.length + names.length > maxRows) throw new ValidationError(tooManyMessage);
          const now = Date.now();
          let position = existing.reduce((max, item) => Math.max(max, item.position), 0);
          const rows = names.map((name) =>
            validate(schema, {
              ...defaults(),
              [nameField]: name,
              id: newId(),
              [parentKey]: parentId,
              position: (position += 1),
              createdAt: now,
              updatedAt: now,
            }),
          );
          await table.bulkAdd(rows);
          return rows.map((row) => row.id);
        }),
      );
    },
  };
}
