import type { DBCore, DBCoreTransaction } from 'dexie';
import type { JournalChange } from '../../../../shared/data/safety-copy-schemas';
import { TableDigest } from '../../../../shared/data/row-digest';
import type { TableName } from '../../../../shared/data/table-names';
import { entryHash, unitOfRow } from '../../../../shared/data/units';
import { unitDigestsTable, type UnitDigestRow } from './unit-digests';

type Row = Record<string, unknown>;

/**
 * Runs a call to the layers below inside the Dexie zone of the write that asked for it: Dexie's
 * own middlewares read the current transaction from the zone, which native promises do not carry.
 */
export type Zone = <T>(call: () => T) => T;

/**
 * What one read-write transaction knows about the units it touches: which engagement each session
 * belongs to (a session deleted earlier in the transaction included), and each unit's digest,
 * read once and written back after every change, so the digests commit with the rows or not at
 * all.
 */
export class TransactionUnits {
  /** The changes to hand to the journal once committed; null when they stay out of it. */
  changes: JournalChange[] | null;
  private readonly sessionUnits = new Map<string, string>();
  private readonly digests = new Map<string, Promise<TableDigest>>();
  /** Mutations of this transaction run one after another, so each sees the rows before it. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly core: DBCore,
    private readonly trans: DBCoreTransaction,
    journaled: boolean,
  ) {
    this.changes = journaled ? [] : null;
  }

  inTurn<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Learns the sessions of these rows' engagements, reading the ones it does not know yet. */
  async learnSessions(
    zone: Zone,
    table: TableName,
    rows: readonly (Row | undefined)[],
  ): Promise<void> {
    if (table === 'sessions') {
      for (const row of rows)
        if (row && typeof row.id === 'string' && typeof row.engagementId === 'string')
          this.sessionUnits.set(row.id, row.engagementId);
      return;
    }
    const unknown = new Set<string>();
    for (const row of rows)
      if (row && typeof row.engagementId !== 'string' && typeof row.sessionId === 'string')
        if (!this.sessionUnits.has(row.sessionId)) unknown.add(row.sessionId);
    if (unknown.size === 0) return;
    const keys = [...unknown];
    const sessions = (await zone(() =>
      this.core.table('sessions').getMany({ trans: this.trans, keys }),
    )) as (Row | undefined)[];
    await this.learnSessions(zone, 'sessions', sessions);
  }

  unitOf(table: TableName, row: Row): string {
    return unitOfRow(table, row, (sessionId) => this.sessionUnits.get(sessionId));
  }

  private digest(zone: Zone, unit: string): Promise<TableDigest> {
    let digest = this.digests.get(unit);
    if (!digest) {
      digest = Promise.resolve(
        zone(() => this.core.table(unitDigestsTable).get({ trans: this.trans, key: unit })),
      ).then((row: UnitDigestRow | undefined) => TableDigest.parse(row?.digest));
      this.digests.set(unit, digest);
    }
    return digest;
  }

  /**
   * Moves each changed row's hash out of its old unit and into its new one, and writes the
   * touched units' digests in this transaction. A unit left without rows loses its digest row.
   */
  async applyToDigests(
    zone: Zone,
    table: TableName,
    changed: readonly { before: Row | undefined; after: Row | undefined }[],
  ): Promise<void> {
    const touched = new Map<string, { add: string[]; remove: string[] }>();
    const deltaOf = (unit: string) => {
      let delta = touched.get(unit);
      if (!delta) touched.set(unit, (delta = { add: [], remove: [] }));
      return delta;
    };
    for (const { before, after } of changed) {
      if (before) deltaOf(this.unitOf(table, before)).remove.push(entryHash(table, before));
      if (after) deltaOf(this.unitOf(table, after)).add.push(entryHash(table, after));
    }
    if (touched.size === 0) return;
    const digests = await Promise.all([...touched.keys()].map((unit) => this.digest(zone, unit)));
    const puts: UnitDigestRow[] = [];
    const emptied: string[] = [];
    [...touched].forEach(([unit, delta], index) => {
      const digest = digests[index]!;
      for (const hash of delta.remove) digest.remove(hash);
      for (const hash of delta.add) digest.add(hash);
      if (digest.rows === 0) emptied.push(unit);
      else puts.push({ unit, digest: digest.toString() });
    });
    const store = this.core.table(unitDigestsTable);
    if (puts.length > 0)
      await zone(() => store.mutate({ trans: this.trans, type: 'put', values: puts }));
    if (emptied.length > 0)
      await zone(() => store.mutate({ trans: this.trans, type: 'delete', keys: emptied }));
  }
}
