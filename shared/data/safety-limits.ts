/**
 * The sizes of what crosses IPC for the safety copy (safety-copy-schemas.ts checks them), apart
 * from the schemas so the renderer's start can read them without evaluating any.
 */
export const safetyLimits = {
  /** Changed rows in one batch; the renderer sends at most this many at a time. */
  changesPerBatch: 500,
  /** Rows in one page of main's copy during a rebuild. */
  rowsPerPage: 500,
} as const;
