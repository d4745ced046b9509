import { rowHash, TableDigest } from '../../shared/data/row-digest';
import type {
  JournalChange,
  SafetyPage,
  SafetyStatus,
} from '../../shared/data/safety-copy-schemas';
import { isTableName, tableNames, tableSpecs, type TableName } from '../../shared/data/tables';

type Row = Record<string, unknown>;

interface StoredRow {
  row: Row;
  hash: string;
}

/** How a snapshot stores one table: its rows, and when each deleted key was deleted. */
export interface SnapshotTable {
  rows: Row[];
  deleted: Record<string, number>;
}
export type SnapshotTables = Partial<Record<string, SnapshotTable>>;

/** Deletions are remembered this long, so a database that lost them can be told again. */
export const deletionMemoryMs = 90 * 24 * 3_600_000;

/**
 * Main's copy of every table, in memory: what snapshot + journal replay to. Each table keeps its
 * TableDigest up to date on every change, so the renderer's startup check costs main nothing.
 */
export class SafetyState {
  private readonly rows = new Map<TableName, Map<string, StoredRow>>();
  private readonly deleted = new Map<TableName, Map<string, number>>();
  private readonly digests = new Map<TableName, TableDigest>();

  constructor() {
    for (const table of tableNames) {
      this.rows.set(table, new Map());
      this.deleted.set(table, new Map());
      this.digests.set(table, new TableDigest());
    }
  }

  static fromSnapshot(tables: SnapshotTables): SafetyState {
    const state = new SafetyState();
    for (const [table, stored] of Object.entries(tables)) {
      // A table this version does not know is left out rather than failing the whole copy.
      if (!stored || !isTableName(table)) continue;
      const keyField = tableSpecs[table].key;
      for (const row of stored.rows) {
        const key = row[keyField];
        if (typeof key === 'string') state.apply({ table, key, row }, 0);
      }
      for (const [key, at] of Object.entries(stored.deleted))
        state.deleted.get(table)?.set(key, at);
    }
    return state;
  }

  apply(change: JournalChange, at: number): void {
    const rows = this.rows.get(change.table);
    const digest = this.digests.get(change.table);
    if (!rows || !digest) return;
    const previous = rows.get(change.key);
    if (previous) digest.remove(previous.hash);
    if (change.row === null) {
      rows.delete(change.key);
      this.deleted.get(change.table)?.set(change.key, at);
    } else {
      const hash = rowHash(change.row);
      rows.set(change.key, { row: change.row, hash });
      digest.add(hash);
      this.deleted.get(change.table)?.delete(change.key);
    }
  }

  hasData(): boolean {
    return [...this.digests.values()].some((digest) => digest.rows > 0);
  }

  summary(): SafetyStatus['tables'] {
    return Object.fromEntries(
      tableNames.map((table) => {
        const digest = this.digests.get(table) ?? new TableDigest();
        const deleted = this.deleted.get(table)?.size ?? 0;
        return [table, { rows: digest.rows, deleted, digest: digest.toString() }];
      }),
    ) as SafetyStatus['tables'];
  }

  /** One page of a table: its rows first, then the deletions it remembers. */
  page(table: TableName, offset: number, limit: number): SafetyPage {
    const rows = [...(this.rows.get(table)?.entries() ?? [])].map(([key, stored]) => ({
      key,
      row: stored.row,
      deletedAt: null,
    }));
    const deletions = [...(this.deleted.get(table)?.entries() ?? [])].map(([key, at]) => ({
      key,
      row: null,
      deletedAt: at,
    }));
    const all = [...rows, ...deletions];
    const end = offset + limit;
    return { entries: all.slice(offset, end), nextOffset: end < all.length ? end : null };
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

  toSnapshot(): SnapshotTables {
    return Object.fromEntries(
      tableNames.map((table) => [
        table,
        {
          rows: [...(this.rows.get(table)?.values() ?? [])].map((stored) => stored.row),
          deleted: Object.fromEntries(this.deleted.get(table) ?? []),
        },
      ]),
    );
  }
}
