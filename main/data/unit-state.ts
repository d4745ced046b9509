import { TableDigest } from '../../shared/data/row-digest';
import type {
  JournalChange,
  SafetyEntry,
  UnitSummary,
} from '../../shared/data/safety-copy-schemas';
import { isTableName, tableNames, tableSpecs, type TableName } from '../../shared/data/tables';
import { entryHash } from '../../shared/data/units';
import { engagementFileVersion } from '../../shared/engagement-file/format';

type Row = Record<string, unknown>;

interface StoredRow {
  row: Row;
  hash: string;
}

/** How a unit file stores one table: its rows, and when each deleted key was deleted. */
export interface StoredTable {
  rows: Row[];
  deleted: Record<string, number>;
}
export type StoredTables = Partial<Record<string, StoredTable>>;

/** What the Backups screen shows of a unit: its engagement, when it has one. */
export interface UnitLabel {
  clientName: string;
  title: string;
  /** 0 unless the engagement is deleted (and waiting to be purged). */
  deletedAt: number;
}

/** Deletions are remembered this long, so a database that lost them can be told again. */
export const deletionMemoryMs = 90 * 24 * 3_600_000;

/**
 * One engagement's part of main's copy, in memory: its rows and deletions per table, with the
 * unit's digest kept up to date on every change (the same one the renderer keeps), so comparing
 * the two copies costs main nothing.
 */
export class UnitState {
  private readonly rows = new Map<TableName, Map<string, StoredRow>>();
  private readonly deleted = new Map<TableName, Map<string, number>>();
  private readonly digest = new TableDigest();
  /**
   * The engagement-file version of the oldest row shape the unit may hold: rows read from an
   * older file keep their shape until they change. Upgrade steps only add what is missing, so
   * naming the oldest is right for all of them.
   */
  rowsVersion = engagementFileVersion;

  static fromTables(tables: StoredTables, rowsVersion = engagementFileVersion): UnitState {
    const state = new UnitState();
    state.rowsVersion = rowsVersion;
    for (const [table, stored] of Object.entries(tables)) {
      // A table this version does not know is left out rather than failing the whole copy.
      if (!stored || !isTableName(table)) continue;
      const keyField = tableSpecs[table].key;
      for (const row of stored.rows) {
        const key = row[keyField];
        if (typeof key === 'string') state.apply({ table, key, row }, 0);
      }
      for (const [key, at] of Object.entries(stored.deleted)) state.deletionsOf(table).set(key, at);
    }
    return state;
  }

  private rowsOf(table: TableName): Map<string, StoredRow> {
    let rows = this.rows.get(table);
    if (!rows) this.rows.set(table, (rows = new Map()));
    return rows;
  }

  private deletionsOf(table: TableName): Map<string, number> {
    let deleted = this.deleted.get(table);
    if (!deleted) this.deleted.set(table, (deleted = new Map()));
    return deleted;
  }

  apply(change: Pick<JournalChange, 'table' | 'key' | 'row'>, at: number): void {
    const rows = this.rowsOf(change.table);
    const previous = rows.get(change.key);
    if (previous) this.digest.remove(previous.hash);
    if (change.row === null) {
      rows.delete(change.key);
      this.deletionsOf(change.table).set(change.key, at);
    } else {
      const hash = entryHash(change.table, change.row);
      rows.set(change.key, { row: change.row, hash });
      this.digest.add(hash);
      this.deleted.get(change.table)?.delete(change.key);
    }
  }

  summary(): UnitSummary {
    let deleted = 0;
    for (const deletions of this.deleted.values()) deleted += deletions.size;
    return { rows: this.digest.rows, deleted, digest: this.digest.toString() };
  }

  label(): UnitLabel | null {
    for (const { row } of this.rows.get('engagements')?.values() ?? [])
      return {
        clientName: String(row.clientName ?? ''),
        title: String(row.title ?? ''),
        deletedAt: typeof row.deletedAt === 'number' ? row.deletedAt : 0,
      };
    return null;
  }

  /** Every row, table by table, then the deletions it remembers. */
  entries(): SafetyEntry[] {
    const entries: SafetyEntry[] = [];
    for (const table of tableNames)
      for (const [key, stored] of this.rows.get(table) ?? [])
        entries.push({ table, key, row: stored.row, deletedAt: null });
    for (const table of tableNames)
      for (const [key, at] of this.deleted.get(table) ?? [])
        entries.push({ table, key, row: null, deletedAt: at });
    return entries;
  }

  /** The rows of each table (no deletions): what a restore writes. */
  rowsByTable(): Map<TableName, Row[]> {
    return new Map(
      [...this.rows].map(([table, rows]) => [
        table,
        [...rows.values()].map((stored) => stored.row),
      ]),
    );
  }

  /** Forgets deletions older than the memory window; returns how many were forgotten. */
  forgetDeletionsBefore(time: number): number {
    let forgotten = 0;
    for (const deletions of this.deleted.values()) {
      for (const [key, at] of deletions) {
        if (at < time) {
          deletions.delete(key);
          forgotten += 1;
        }
      }
    }
    return forgotten;
  }

  toTables(): StoredTables {
    const tables: StoredTables = {};
    for (const table of tableNames) {
      const rows = this.rows.get(table);
      const deleted = this.deleted.get(table);
      if (!rows?.size && !deleted?.size) continue;
      tables[table] = {
        rows: [...(rows?.values() ?? [])].map((stored) => stored.row),
        deleted: Object.fromEntries(deleted ?? []),
      };
    }
    return tables;
  }
}
