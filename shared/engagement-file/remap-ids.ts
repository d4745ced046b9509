import { tableLayouts, type TableName } from '../data/table-names';
import { childTableNames, type AnyRow, type EngagementFileContent } from './format';
import { idReferences, type IdReference } from './references';

/**
 * Gives every row of the engagement a fresh id and rewrites every reference to match, so a copy
 * can sit beside the original on the same laptop. The same old id always becomes the same new id
 * within its table, so a link to a removed row (a note of a removed agenda item) stays consistent
 * and never points into the original engagement.
 */
export function remapIds(
  content: EngagementFileContent,
  newId: () => string,
): EngagementFileContent {
  const maps = new Map<TableName, Map<string, string>>();
  const idIn = (table: TableName, old: string): string => {
    if (old === '') return '';
    let map = maps.get(table);
    if (!map) maps.set(table, (map = new Map()));
    let next = map.get(old);
    if (next === undefined) map.set(old, (next = newId()));
    return next;
  };

  const rewrite = (row: AnyRow, reference: IdReference): AnyRow => {
    const value = row[reference.field];
    switch (reference.kind) {
      case 'id':
        // A link a row may leave out (an optional field) stays left out.
        if (value === undefined) return row;
        return { ...row, [reference.field]: idIn(reference.target, String(value)) };
      case 'record-keys':
        return {
          ...row,
          [reference.field]: Object.fromEntries(
            Object.entries((value ?? {}) as Record<string, unknown>).map(([key, entry]) => [
              idIn(reference.target, key),
              entry,
            ]),
          ),
        };
      case 'tagged': {
        const tagged = (value ?? {}) as { kind?: string; id?: string };
        const target = reference.targets[tagged.kind ?? ''];
        if (!target) return row;
        return { ...row, [reference.field]: { ...tagged, id: idIn(target, tagged.id ?? '') } };
      }
    }
  };

  const remapRow = (table: TableName, row: AnyRow): AnyRow => {
    let next = tableLayouts[table].key === 'id' ? { ...row, id: idIn(table, String(row.id)) } : row;
    for (const reference of idReferences[table]) next = rewrite(next, reference);
    return next;
  };

  return {
    engagement: remapRow('engagements', content.engagement) as EngagementFileContent['engagement'],
    tables: Object.fromEntries(
      childTableNames.map((name) => [
        name,
        (content.tables[name] as AnyRow[]).map((row) => remapRow(name, row)),
      ]),
    ) as EngagementFileContent['tables'],
  };
}
