import { tableSpecs } from '../data/tables';
import {
  childTableNames,
  engagementFileFormat,
  engagementFileVersion,
  type AnyRow,
  type EngagementFile,
  type EngagementFileApp,
  type EngagementFileContent,
} from './format';

const byKey = (key: string) => (a: AnyRow, b: AnyRow) =>
  String(a[key]).localeCompare(String(b[key]));

/**
 * The file for one engagement's rows: stamped with the format, version, time and app, every table
 * present (empty ones too, so the file shows what it could hold) and rows in key order, so the same
 * engagement always exports the same way.
 */
export function collectEngagementFile(
  content: EngagementFileContent,
  meta: { exportedAt: Date; app: EngagementFileApp },
): EngagementFile {
  const tables = Object.fromEntries(
    childTableNames.map((name) => [
      name,
      [...((content.tables[name] ?? []) as AnyRow[])].sort(byKey(tableSpecs[name].key)),
    ]),
  ) as EngagementFile['tables'];
  return {
    format: engagementFileFormat,
    version: engagementFileVersion,
    exportedAt: meta.exportedAt.toISOString(),
    app: meta.app,
    engagement: content.engagement,
    tables,
  };
}
