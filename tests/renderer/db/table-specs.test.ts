import { describe, expect, it } from 'vitest';
import { tableNames, tableSpecs } from '../../../shared/data/tables';
import { db } from '../../../renderer/src/db/database';

describe('the table registry', () => {
  it('names every table of the database, with its primary key', () => {
    const declared = db.tables.map((table) => table.name).sort();
    expect([...tableNames].sort()).toEqual(declared);
    for (const table of db.tables) {
      const spec = tableSpecs[table.name as keyof typeof tableSpecs];
      expect(spec.key, table.name).toBe(table.schema.primKey.name);
    }
  });
});
