import { canonicalJson, hashText, TableDigest } from './row-digest';
import { tableLayouts, tableNames, type TableName } from './table-names';

/**
 * Both copies of the client data are kept, compared and backed up per engagement ("unit"), so the
 * cost of a start, a snapshot or a backup follows what changed, not the whole library. A row's unit
 * is the engagement it belongs to; a row whose engagement cannot be told (a session row whose
 * session is gone) belongs to the unknown unit.
 */
export const unknownUnit = '~';

type Row = Record<string, unknown>;

/** Tables whose rows name their session but not their engagement. */
export const tablesOwnedThroughSession = tableNames.filter(
  (table) => tableLayouts[table].owner === 'session',
);

/**
 * The unit of a row: the engagement's own id, the engagement it names, or (for rows that only
 * name a session) the engagement of that session, which `sessionUnit` looks up.
 */
export function unitOfRow(
  table: TableName,
  row: Row,
  sessionUnit: (sessionId: string) => string | undefined,
): string {
  if (table === 'engagements') return typeof row.id === 'string' ? row.id : unknownUnit;
  if (typeof row.engagementId === 'string' && row.engagementId !== '') return row.engagementId;
  if (typeof row.sessionId === 'string') return sessionUnit(row.sessionId) ?? unknownUnit;
  return unknownUnit;
}

/**
 * The hash a row adds to its unit's digest. The table is part of it: tables keyed by engagement
 * (plans, brand profiles…) share one key within a unit.
 */
export function entryHash(table: string, row: unknown): string {
  return hashText(`${table}\n${canonicalJson(row)}`);
}

/** A unit's digest over rows given with their tables. */
export function unitDigestOf(entries: Iterable<{ table: string; row: unknown }>): TableDigest {
  const digest = new TableDigest();
  for (const { table, row } of entries) digest.add(entryHash(table, row));
  return digest;
}

/** The digest of a unit with no rows, as a string: what a missing unit compares as. */
export const emptyUnitDigest = new TableDigest().toString();

/**
 * One fingerprint of a whole library: every unit's digest with its id, in id order, units without
 * rows left out (a missing unit counts as empty). Two copies whose library digests agree have no
 * unit that differs, so a start compares one value, whatever the library holds.
 */
export function libraryDigest(digests: Iterable<readonly [unit: string, digest: string]>): string {
  const lines: string[] = [];
  for (const [unit, digest] of digests)
    if (digest !== emptyUnitDigest) lines.push(`${unit}\u0000${digest}`);
  lines.sort();
  return `${lines.length}:${hashText(lines.join('\n'))}`;
}
