import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import type { JournalChange } from '../../../../shared/data/safety-copy-schemas';
import { isTableName, type TableName } from '../../../../shared/data/tables';
import { journalRecorder } from './journal-recorder';

/** The changes of each open read-write transaction, handed on only once it has committed. */
const openTransactions = new WeakMap<DBCoreTransaction, JournalChange[]>();

/** For the rebuild from the safety copy: its rows came from main and must not go back to it. */
export function leaveOutOfJournal(transaction: IDBTransaction): void {
  openTransactions.delete(transaction as unknown as DBCoreTransaction);
}

function isUpgrade(transaction: DBCoreTransaction): boolean {
  return (transaction as unknown as IDBTransaction).mode === 'versionchange';
}

function recordMutation(
  table: DBCoreTable,
  name: TableName,
  request: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const changes = openTransactions.get(request.trans);
  if (!changes) {
    if (isUpgrade(request.trans)) journalRecorder.noteUpgradeWrite();
    return table.mutate(request);
  }
  if (request.type === 'deleteRange') {
    // A range names no keys; the journal needs them, so read them first in the same transaction.
    const { primaryKey } = table.schema;
    return table
      .query({
        trans: request.trans,
        values: false,
        query: { index: primaryKey, range: request.range },
      })
      .then(({ result }) =>
        table.mutate(request).then((response) => {
          if (response.numFailures === 0)
            for (const key of result) changes.push({ table: name, key: String(key), row: null });
          return response;
        }),
      );
  }
  if (request.type === 'delete') {
    return table.mutate(request).then((response) => {
      request.keys.forEach((key, index) => {
        if (!response.failures[index]) changes.push({ table: name, key: String(key), row: null });
      });
      return response;
    });
  }
  // A copy of exactly what is written: the caller may change its objects afterwards.
  const rows = request.values.map((value) => structuredClone(value) as Record<string, unknown>);
  return table.mutate(request).then((response) => {
    rows.forEach((row, index) => {
      if (response.failures[index]) return;
      const key = response.results?.[index] ?? table.schema.primaryKey.extractKey?.(row);
      changes.push({ table: name, key: String(key), row });
    });
    return response;
  });
}

/**
 * Records every add, put and delete of the client-data tables, per transaction, and hands them to
 * the journal recorder once IndexedDB reports the transaction committed; an aborted transaction
 * hands on nothing. One changed row per write: a keystroke sends the field's row, not an engagement.
 */
export const journalMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'SafetyJournal',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const transaction = down.transaction(stores, mode, options);
        if (mode === 'readwrite' && journalRecorder.active && stores.some(isTableName)) {
          const changes: JournalChange[] = [];
          openTransactions.set(transaction, changes);
          const events = transaction as unknown as IDBTransaction;
          // Registered before Dexie's own handlers, so the changes are waiting for main before
          // the write's promise resolves and the save indicator could show "saved".
          events.addEventListener('complete', () => {
            if (openTransactions.get(transaction) === changes && changes.length > 0)
              journalRecorder.record(changes);
            openTransactions.delete(transaction);
          });
          events.addEventListener('abort', () => openTransactions.delete(transaction));
        }
        return transaction;
      },
      table(name) {
        const table = down.table(name);
        if (!isTableName(name)) return table;
        return { ...table, mutate: (request) => recordMutation(table, name, request) };
      },
    };
  },
};
