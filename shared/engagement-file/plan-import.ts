import type { TableName } from '../data/tables';
import { limits } from '../domain/limits';
import type { EngagementFileContent, RowOf } from './format';
import { remapIds } from './remap-ids';

export interface ImportOptions {
  /** Import beside an engagement with the same id: fresh ids everywhere, title marked as a copy. */
  asCopy: boolean;
  newId: () => string;
  /** The local date of the import, YYYY-MM-DD, for the copy's title. */
  importedOn: string;
}

export interface ImportPlan {
  engagementId: string;
  /** Every row to add, by table; the engagement's own row under `engagements`. */
  rows: { [T in TableName]: RowOf<T>[] };
}

/** "Growth plan (imported 2026-11-22)", shortened so it stays within a title's limit. */
export function copyTitle(title: string, importedOn: string): string {
  const suffix = ` (imported ${importedOn})`;
  const room = limits.name - suffix.length;
  const base = title.length <= room ? title : `${title.slice(0, room - 1).trimEnd()}…`;
  return `${base}${suffix}`;
}

/** The rows an import writes: as they are, or as a copy with every id remapped. */
export function planImport(content: EngagementFileContent, options: ImportOptions): ImportPlan {
  const source = options.asCopy ? remapIds(content, options.newId) : content;
  const engagement = {
    ...source.engagement,
    // It was imported to be worked on: it comes back in the active list, even if it was
    // archived (or deleted moments before its export) where it came from.
    archivedAt: 0,
    deletedAt: 0,
    title: options.asCopy
      ? copyTitle(source.engagement.title, options.importedOn)
      : source.engagement.title,
  };
  return {
    engagementId: engagement.id,
    rows: { engagements: [engagement], ...source.tables },
  };
}
