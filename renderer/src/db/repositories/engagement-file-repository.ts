import type { Table } from 'dexie';
import { tableNames, type TableName } from '../../../../shared/data/tables';
import { localIsoDate } from '../../../../shared/domain/local-date';
import {
  childTableNames,
  type AnyRow,
  type EngagementFile,
  type EngagementFileContent,
} from '../../../../shared/engagement-file/format';
import { planImport, type ImportPlan } from '../../../../shared/engagement-file/plan-import';
import { validateEngagementFile } from '../../../../shared/engagement-file/validate';
import { db } from '../database';
import { clientTables, rowsOfEngagement } from '../engagement-rows';
import { trackSave } from '../save-status';
import { newId, ValidationError } from './validation';

const table = (name: TableName): Table<AnyRow, string> => db.table<AnyRow, string>(name);

/** The file's engagement, or some of its rows, are already here: only a copy can go in. */
export class AlreadyOnThisLaptopError extends ValidationError {
  override name = 'AlreadyOnThisLaptopError';
  constructor() {
    super(
      'Some records in this file are already on this laptop. Import it as a copy instead. Nothing was imported.',
    );
  }
}

/** Reads and writes whole engagements, for the engagement file (export and import). */
export const engagementFileRepository = {
  /** Every row of one engagement, read in one transaction so the file is a consistent snapshot. */
  gather(engagementId: string): Promise<EngagementFileContent> {
    return db.transaction('r', clientTables(), async () => {
      const engagement = await db.engagements.get(engagementId);
      if (!engagement || engagement.deletedAt !== 0)
        throw new ValidationError('This engagement is no longer on this laptop.');
      const rows = await rowsOfEngagement(engagementId);
      const tables = Object.fromEntries(
        childTableNames.map((name) => [name, rows.get(name) ?? []]),
      );
      return { engagement, tables } as unknown as EngagementFileContent;
    });
  },

  /** True when an engagement with this id is on this laptop, even one deleted moments ago. */
  async isOnThisLaptop(engagementId: string): Promise<boolean> {
    return (await db.engagements.get(engagementId)) !== undefined;
  },

  /**
   * Writes a whole engagement file in one transaction: all of it or, on any failure, nothing.
   * Never overwrites: the same engagement goes in only as a copy with fresh ids.
   */
  async importFile(input: unknown, { asCopy }: { asCopy: boolean }): Promise<string> {
    const checked = validateEngagementFile(input);
    if (!checked.ok) throw new ValidationError(checked.problems.join('\n'));
    return engagementFileRepository.importChecked(checked.file, { asCopy });
  },

  /**
   * The same for a file main has just read and checked with the very same checks (an import
   * from a file, the sample, the desktop): it is not checked a second time.
   */
  async importChecked(file: EngagementFile, { asCopy }: { asCopy: boolean }): Promise<string> {
    const plan = planImport(file, { asCopy, newId, importedOn: localIsoDate() });
    await engagementFileRepository.writePlan(plan);
    return plan.engagementId;
  },

  /**
   * Adds a whole engagement's rows in one transaction: all of them or, on any failure, none.
   * Never overwrites: a row whose key is taken refuses the whole write.
   */
  async writePlan(plan: ImportPlan): Promise<void> {
    const write = db.transaction('rw', tableNames.map(table), async () => {
      for (const name of tableNames) {
        const rows = plan.rows[name] as AnyRow[];
        // add, never put: a row whose key is taken fails the whole import, which writes nothing.
        if (rows.length > 0) await table(name).bulkAdd(rows);
      }
    });
    // Told apart inside the tracked write, so a refusal is not shown as a failed save.
    await trackSave(
      write.catch((error: unknown) => {
        const name = (error as { name?: string } | null)?.name;
        if (name === 'BulkError' || name === 'ConstraintError')
          throw new AlreadyOnThisLaptopError();
        throw error;
      }),
    );
  },
};
