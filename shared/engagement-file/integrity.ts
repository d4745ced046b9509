import { tableSpecs, type TableName } from '../data/tables';
import { childTableNames, type AnyRow, type EngagementFileContent } from './format';
import type { FileProblem } from './problems';
import { quoted } from './quoted';
import { idReferences } from './references';

/** The primary keys of every table in the file; the engagement's own id under 'engagements'. */
export function keysByTable(content: EngagementFileContent): Map<TableName, Set<string>> {
  const keys = new Map<TableName, Set<string>>([['engagements', new Set([content.engagement.id])]]);
  for (const name of childTableNames) {
    const key = tableSpecs[name].key;
    keys.set(name, new Set((content.tables[name] as AnyRow[]).map((row) => String(row[key]))));
  }
  return keys;
}

/**
 * What a file's rows must agree on beyond each row's own schema: one row per key, every row of this
 * engagement, and every reference that must resolve pointing at a row in the file.
 */
export function integrityProblems(content: EngagementFileContent): FileProblem[] {
  const problems: FileProblem[] = [];
  const engagementId = content.engagement.id;
  for (const name of childTableNames) {
    const key = tableSpecs[name].key;
    const seen = new Set<string>();
    (content.tables[name] as AnyRow[]).forEach((row, index) => {
      const id = String(row[key]);
      if (seen.has(id))
        problems.push({
          path: ['tables', name, index, key],
          message: `${quoted(id)} appears twice in ${name}; each row needs its own.`,
        });
      seen.add(id);
    });
  }
  const keys = keysByTable(content);
  for (const name of childTableNames) {
    (content.tables[name] as AnyRow[]).forEach((row, index) => {
      for (const reference of idReferences[name]) {
        if (reference.kind !== 'id' || !reference.mustResolve) continue;
        const value = String(row[reference.field]);
        const path = ['tables', name, index, reference.field];
        if (reference.target === 'engagements') {
          if (value !== engagementId)
            problems.push({
              path,
              message: `belongs to another engagement (${quoted(value)}), not to this file’s (${quoted(engagementId)}).`,
            });
        } else if (!keys.get(reference.target)?.has(value)) {
          problems.push({
            path,
            message: `points to ${quoted(value)} in ${reference.target}, which is not in the file.`,
          });
        }
      }
    });
  }
  return problems;
}
