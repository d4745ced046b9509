import { z } from 'zod';
import { tableSpecs } from '../data/tables';
import { groupedDigits } from '../domain/grouped-digits';
import {
  childTableNames,
  engagementFileFormat,
  engagementFileLimits,
  engagementFileVersion,
  type EngagementFile,
  type EngagementFileContent,
  type EngagementFileTables,
} from './format';
import { integrityProblems } from './integrity';

const { maxRowsPerTable } = engagementFileLimits;

function rowsOf(name: (typeof childTableNames)[number]) {
  return z
    .array(tableSpecs[name].schema, { error: 'must be a list of rows.' })
    .max(
      maxRowsPerTable,
      `holds more rows than an engagement file can hold (${groupedDigits(maxRowsPerTable)} per table).`,
    )
    .default([]);
}

/**
 * Every table but the engagement's own, built from shared/data/tables.ts so a new table is in the
 * file at once. A missing table is an empty one; a table this version does not know is refused.
 */
export const engagementFileTablesSchema = z.strictObject(
  Object.fromEntries(childTableNames.map((name) => [name, rowsOf(name)])),
  { error: 'tables must be an object with one list of rows per table.' },
) as unknown as z.ZodType<EngagementFileTables, Partial<EngagementFileTables>>;

const contentShape = {
  engagement: tableSpecs.engagements.schema,
  tables: engagementFileTablesSchema,
};

function checkIntegrity(content: EngagementFileContent, context: z.RefinementCtx) {
  for (const problem of integrityProblems(content))
    context.addIssue({ code: 'custom', path: [...problem.path], message: problem.message });
}

/** One engagement and all its rows: what the renderer sends main to export. */
export const engagementFileContentSchema = z.object(contentShape).superRefine(checkIntegrity);

export const engagementFileAppSchema = z.object({
  name: z.string().max(100, 'The app name can be at most 100 characters.'),
  version: z.string().max(50, 'The app version can be at most 50 characters.'),
});

/** The whole file, as written and as read back (after any upgrade from an older version). */
export const engagementFileSchema = z
  .object({
    format: z.literal(engagementFileFormat),
    version: z.literal(engagementFileVersion),
    exportedAt: z.iso.datetime({
      offset: true,
      error: 'The export time must be a date and time like 2026-11-22T10:30:00.000Z.',
    }),
    app: engagementFileAppSchema,
    ...contentShape,
  })
  .superRefine(checkIntegrity) satisfies z.ZodType<EngagementFile, unknown>;
