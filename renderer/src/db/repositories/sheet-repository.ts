import type { Table } from 'dexie';
import type { z } from 'zod';
import { db } from '../database';
import { trackSave } from '../save-status';
import { validate } from './validation';

interface SheetRow {
  engagementId: string;
  updatedAt: number;
}

interface SheetRepositoryOptions<Row extends SheetRow> {
  tableName: string;
  schema: z.ZodType<Row>;
  editableSchema: z.ZodObject<z.ZodRawShape>;
  /** The sheet before anything is typed: read when no row exists yet. */
  empty: (engagementId: string) => Row;
}

/**
 * A repository for a worksheet that is one record per engagement (positioning statement, tone of
 * voice, the planner's goal): read gives the empty sheet until the first edit creates the row.
 */
export function createSheetRepository<Row extends SheetRow>({
  tableName,
  schema,
  editableSchema,
  empty,
}: SheetRepositoryOptions<Row>) {
  const table = (): Table<Row, string> => db.table<Row, string>(tableName);
  return {
    async get(engagementId: string): Promise<Row> {
      return (await table().get(engagementId)) ?? empty(engagementId);
    },

    async update(engagementId: string, patch: Partial<Row>): Promise<void> {
      const changes = validate(editableSchema.partial(), patch) as Partial<Row>;
      await trackSave(
        db.transaction('rw', table(), async () => {
          const current = (await table().get(engagementId)) ?? empty(engagementId);
          await table().put(
            validate(schema, { ...current, ...changes, engagementId, updatedAt: Date.now() }),
          );
        }),
      );
    },
  };
}
