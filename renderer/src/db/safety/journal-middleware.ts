import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import { isTableName, type TableName } from '../../../../shared/data/table-names';
import { journalRecorder } from './journal-recorder';
import { TransactionUnits, type Zone } from './transaction-units';
import { unitDigestsTable } from './unit-digests';

type Row = Record<string, unknown>;

/** What each open read-write transaction over client data knows and has changed. */
const openTransactions = new WeakMap<DBCoreTransaction, TransactionUnits>();

/** For the rebuild from the safety copy: its rows came from main and must not go back to it. */
export function leaveOutOfJournal(transaction: IDBTransaction): void {
  const units = openTransactions.get(transaction as unknown as DBCoreTransaction);
  if (units) units.changes = null;
}

/** Dexie's zones (its "PSD"), which it exposes on Dexie.Promise without typing them. */
const zones = Dexie.Promise as unknown as {
  PSD: unknown;
  usePSD<T>(zone: unknown, call: () => T): T;
};

function currentZone(): Zone {
  const zone = zones.PSD;
  return (call) => zones.usePSD(zone, call);
}

function isUpgrade(transaction: DBCoreTransaction): boolean {
  return (transaction as unknown as IDBTransaction).mode === 'versionchange';
}

/** The rows a mutation replaces or deletes, read first in the same transaction. */
async function rowsBefore(
  zone: Zone,
  table: DBCoreTable,
  request: DBCoreMutateRequest,
): Promise<{ keys: unknown[]; rows: (Row | undefined)[] }> {
  if (request.type === 'deleteRange') {
    // A range names no keys; the journal needs them, so read its rows first.
    const { result } = await zone(() =>
      table.query({
        trans: request.trans,
        values: true,
        query: { index: table.schema.primaryKey, range: request.range },
      }),
    );
    const rows = result as Row[];
    return { keys: rows.map((row) => table.schema.primaryKey.extractKey?.(row)), rows };
  }
  const keys =
    request.type === 'delete'
      ? request.keys
      : (request.keys ??
        request.values.map((value) => table.schema.primaryKey.extractKey?.(value)));
  // An add never replaces a row: where one is there already, that add fails and changes nothing.
  if (request.type === 'add') return { keys, rows: keys.map(() => undefined) };
  const known = keys.filter((key) => key !== undefined);
  const found =
    known.length > 0 ? await zone(() => table.getMany({ trans: request.trans, keys: known })) : [];
  const byKey = new Map(known.map((key, index) => [String(key), found[index] as Row | undefined]));
  return {
    keys,
    rows: keys.map((key) => (key === undefined ? undefined : byKey.get(String(key)))),
  };
}

async function recordMutation(
  zone: Zone,
  table: DBCoreTable,
  name: TableName,
  request: DBCoreMutateRequest,
  units: TransactionUnits,
): Promise<DBCoreMutateResponse> {
  const before = await rowsBefore(zone, table, request);
  // A copy of exactly what is written: the caller may change its objects afterwards.
  const after =
    request.type === 'add' || request.type === 'put'
      ? request.values.map((value) => structuredClone(value) as Row)
      : [];
  await units.learnSessions(zone, name, [...before.rows, ...after]);
  const response = await zone(() => table.mutate(request));
  const changed: { key: string; before: Row | undefined; after: Row | undefined }[] = [];
  before.keys.forEach((key, index) => {
    if (response.failures[index]) return;
    const row = after[index];
    const resolvedKey = response.results?.[index] ?? key;
    const previous = before.rows[index];
    // Deleting a row that is not there changes nothing.
    if (!row && !previous) return;
    changed.push({ key: String(resolvedKey), before: previous, after: row });
  });
  await units.applyToDigests(zone, name, changed);
  if (units.changes)
    for (const { key, before: previous, after: row } of changed)
      units.changes.push({
        table: name,
        key,
        unit: units.unitOf(name, (row ?? previous)!),
        row: row ?? null,
      });
  return response;
}

/**
 * Records every add, put and delete of the client-data tables, per transaction: it keeps each
 * engagement's digest (unit-digests.ts) in step in the same transaction, and hands the changes to
 * the journal recorder once IndexedDB reports the transaction committed; an aborted transaction
 * hands on nothing and changes no digest. One changed row per write: a keystroke sends the
 * field's row, not an engagement.
 */
export const journalMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'SafetyJournal',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        if (mode !== 'readwrite' || !stores.some(isTableName))
          return down.transaction(stores, mode, options);
        // The digests commit with the rows, and a session row's engagement is read from sessions.
        const scope = [...new Set([...stores, unitDigestsTable, 'sessions'])];
        const transaction = down.transaction(scope, mode, options);
        const units = new TransactionUnits(down, transaction, journalRecorder.active);
        openTransactions.set(transaction, units);
        const events = transaction as unknown as IDBTransaction;
        // Registered before Dexie's own handlers, so the changes are waiting for main before
        // the write's promise resolves and the save indicator could show "saved".
        events.addEventListener('complete', () => {
          if (units.changes && units.changes.length > 0) journalRecorder.record(units.changes);
          openTransactions.delete(transaction);
        });
        events.addEventListener('abort', () => openTransactions.delete(transaction));
        return transaction;
      },
      table(name) {
        const table = down.table(name);
        if (!isTableName(name)) return table;
        return {
          ...table,
          mutate: (request) => {
            const units = openTransactions.get(request.trans);
            if (!units) {
              // A schema upgrade: its rows are re-digested after it (see rebuildUnitDigests).
              if (isUpgrade(request.trans)) journalRecorder.noteUpgradeWrite();
              return table.mutate(request);
            }
            // Handed back as Dexie's own promise, in the caller's zone.
            const zone = currentZone();
            return zone(() =>
              Dexie.Promise.resolve(
                units.inTurn(() => recordMutation(zone, table, name, request, units)),
              ),
            );
          },
        };
      },
    };
  },
};
