import { describe, expect, it } from 'vitest';
import { tableNames, tableSpecs } from '../../../shared/data/tables';
import { db } from '../../../renderer/src/db/database';
import { unitDigestsTable } from '../../../renderer/src/db/safety/unit-digests';

describe('the table registry', () => {
  it('names every table of client data, with its primary key', () => {
    // The engagements' digests are the safety copy's bookkeeping, not client data.
    const clientTables = db.tables.filter((table) => table.name !== unitDigestsTable);
    const declared = clientTables.map((table) => table.name).sort();
    expect([...tableNames].sort()).toEqual(declared);
    for (const table of clientTables) {
      const spec = tableSpecs[table.name as keyof typeof tableSpecs];
      expect(spec.key, table.name).toBe(table.schema.primKey.name);
    }
  });
});
