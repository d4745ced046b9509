import type { z } from 'zod';
import { tableLayouts, tableNames, type TableName } from '../data/table-names';
import type { tableSpecs } from '../data/tables';

/** What the file says it is, so another JSON file is never mistaken for an engagement. */
export const engagementFileFormat = 'session-studio-engagement';

/**
 * The version this build writes and the newest it reads. Bump it whenever the rows change shape
 * (a table or a field added, a meaning changed) and add an upgrade step from the previous version
 * (see upgrade.ts and docs/engagement-file.md).
 */
export const engagementFileVersion = 5;

export const engagementFileExtension = 'sessionstudio';

export const engagementFileLimits = {
  /** Far beyond a real engagement (a full one is well under 1 MB); refused before it is read. */
  maxBytes: 50 * 1024 * 1024,
  /** Per table; every domain list has a much smaller limit of its own. */
  maxRowsPerTable: 10_000,
} as const;

export type RowOf<T extends TableName> = z.output<(typeof tableSpecs)[T]['schema']>;

/** The tables whose rows sit under `tables`; the engagement's own row is the file's `engagement`. */
export type ChildTableName = {
  [T in TableName]: (typeof tableLayouts)[T]['owner'] extends 'engagement-root' ? never : T;
}[TableName];

export const childTableNames = tableNames.filter(
  (name): name is ChildTableName => tableLayouts[name].owner !== 'engagement-root',
);

export type EngagementRow = RowOf<'engagements'>;

export type EngagementFileTables = { [T in ChildTableName]: RowOf<T>[] };

/** One engagement with every row that belongs to it: what the renderer gathers for an export. */
export interface EngagementFileContent {
  engagement: EngagementRow;
  tables: EngagementFileTables;
}

export interface EngagementFileApp {
  name: string;
  version: string;
}

export interface EngagementFile extends EngagementFileContent {
  format: typeof engagementFileFormat;
  version: typeof engagementFileVersion;
  /** ISO date-time of the export. */
  exportedAt: string;
  /** The app that wrote the file, for support questions; never used to decide anything. */
  app: EngagementFileApp;
}

export function isChildTableName(value: string): value is ChildTableName {
  return (childTableNames as readonly string[]).includes(value);
}

/** A generic view of a row, for code that walks every table the same way. */
export type AnyRow = Record<string, unknown>;
