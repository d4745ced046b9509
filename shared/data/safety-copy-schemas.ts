import { z } from 'zod';
import { describeZodError } from '../ipc/result';
import { isTableName, tableNames, tableSpecs, type TableName } from './tables';
import { safetyLimits } from './safety-limits';
import { unknownUnit } from './units';

/**
 * What crosses IPC for the safety copy: the renderer's changes to main's journal, main's summary of
 * what it holds, and main's rows page by page for a rebuild. Every row of a change is checked
 * against its table's schema, so main never journals a row the app could not have written.
 */
export { safetyLimits };

const tableName = z.enum(tableNames as [TableName, ...TableName[]], {
  error: 'Session Studio keeps no table of that name.',
});
const rowKey = z.string().min(1).max(64);
/** An engagement's id, or the unknown unit (see units.ts). */
export const unitIdSchema = z.string().min(1).max(64);
const row = z.record(z.string(), z.unknown());

/** "agendaItems" → "agenda items", for messages. */
export function tableLabel(table: string): string {
  return table.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
}

/** One changed row: its new content, or null when it was deleted, and the engagement it is of. */
export const journalChangeSchema = z.object({
  table: tableName,
  key: rowKey,
  unit: unitIdSchema,
  row: row.nullable(),
});
export type JournalChange = z.infer<typeof journalChangeSchema>;

/** The shape of a batch alone, without the row checks: how main re-reads its own journal. */
export const journalBatchShape = z.object({
  /** Identifies one launch of the renderer; with seq, lets main ignore a batch sent twice. */
  client: z.string().min(1).max(64),
  seq: z.number().int().positive(),
  /** When the renderer sent it: the time of its deletions. */
  at: z.number().int().nonnegative(),
  changes: z
    .array(journalChangeSchema)
    .min(1)
    .max(
      safetyLimits.changesPerBatch,
      `A batch can hold at most ${safetyLimits.changesPerBatch} changes.`,
    ),
});
export type JournalBatch = z.infer<typeof journalBatchShape>;

/** Checks one changed row against its table: the key matches and the row is one the app writes. */
export function changeProblem(change: JournalChange): string | null {
  if (change.row === null || !isTableName(change.table)) return null;
  const spec = tableSpecs[change.table];
  if (change.row[spec.key] !== change.key)
    return `A change to ${tableLabel(change.table)} names another row than it holds.`;
  const named = change.table === 'engagements' ? change.row.id : change.row.engagementId;
  if (typeof named === 'string' && named !== change.unit && change.unit !== unknownUnit)
    return `A change to ${tableLabel(change.table)} names another engagement than it holds.`;
  const parsed = spec.schema.safeParse(change.row);
  return parsed.success
    ? null
    : `A change to ${tableLabel(change.table)} was refused: ${describeZodError(parsed.error)}`;
}

export const journalBatchSchema = journalBatchShape.superRefine((batch, context) => {
  batch.changes.forEach((change, index) => {
    const problem = changeProblem(change);
    if (problem) context.addIssue({ code: 'custom', message: problem, path: ['changes', index] });
  });
});

export const journalAcknowledgementSchema = z.object({
  acknowledgedSeq: z.number().int().nonnegative(),
});
export type JournalAcknowledgement = z.infer<typeof journalAcknowledgementSchema>;

export const unitSummarySchema = z.object({
  rows: z.number().int().nonnegative(),
  /** Deletions main remembers for the unit. */
  deleted: z.number().int().nonnegative(),
  /** The unit's digest (units.ts) over the rows main holds. */
  digest: z.string(),
});
export type UnitSummary = z.infer<typeof unitSummarySchema>;

/**
 * What the startup check asks: main's status, or with the renderer's library digest (units.ts),
 * only whether main's library agrees, so a start does not carry one summary per engagement.
 */
export const safetyStatusRequestSchema = z
  .object({ libraryDigest: z.string().min(1).max(64) })
  .nullable();
export type SafetyStatusRequest = z.infer<typeof safetyStatusRequestSchema>;

export const safetyStatusSchema = z.object({
  /**
   * Every unit main holds anything of (rows or deletions), by engagement id; empty when the
   * library digest asked about agrees (`sameLibrary`).
   */
  units: z.record(unitIdSchema, unitSummarySchema),
  /** True when asked with a library digest that agrees with main's: no unit differs. */
  sameLibrary: z.boolean().optional(),
  /** When client data was first kept on this laptop (the marker), or null if never. */
  dataSince: z.number().nullable(),
  /** Something the consultant should know about the safety copy itself, or null. */
  notice: z.string().nullable(),
  folder: z.string(),
});
export type SafetyStatus = z.infer<typeof safetyStatusSchema>;

export const safetyPageRequestSchema = z.object({
  unit: unitIdSchema,
  offset: z.number().int().nonnegative(),
  limit: z.number().int().min(1).max(safetyLimits.rowsPerPage),
});
export type SafetyPageRequest = z.infer<typeof safetyPageRequestSchema>;

/** A row of main's copy, or a deletion main recorded (row null, with when it happened). */
export const safetyEntrySchema = z.object({
  table: tableName,
  key: rowKey,
  row: row.nullable(),
  deletedAt: z.number().nullable(),
});
export type SafetyEntry = z.infer<typeof safetyEntrySchema>;

export const safetyPageSchema = z.object({
  entries: z.array(safetyEntrySchema),
  /** Where the next page starts, or null after the last one. */
  nextOffset: z.number().int().nullable(),
});
export type SafetyPage = z.infer<typeof safetyPageSchema>;
