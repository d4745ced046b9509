import { limits } from '../domain/limits';
import {
  formatRevisionValue,
  historyBySession,
  type ObjectiveRevision,
  type RevisedField,
} from '../domain/objective-revisions';
import { documentLimits } from './document-limits';
import type { ObjectiveLine } from './plan-chapter-schemas';

type HistoryRun = ObjectiveLine['history'][number];

function bounded(text: string): string {
  return text.length <= limits.shortText ? text : `${text.slice(0, limits.shortText - 1)}…`;
}

/**
 * An objective's history, told briefly: per session, each field once, from its first value before
 * to its last value after (a field changed back to where it was is left out), with the reasons
 * given. The latest sessions are kept when there are very many.
 */
export function objectiveHistoryLines(
  revisions: readonly ObjectiveRevision[],
  unit: string,
  sessionLabel: (sessionId: string) => string,
): HistoryRun[] {
  const runs = historyBySession(revisions).map((run) => {
    const byField = new Map<RevisedField, ObjectiveRevision[]>();
    for (const revision of run.revisions)
      byField.set(revision.field, [...(byField.get(revision.field) ?? []), revision]);
    const changes = [...byField.entries()].flatMap(([field, rows]) => {
      const before = formatRevisionValue(field, rows[0]?.before ?? null, unit);
      const after = formatRevisionValue(field, rows[rows.length - 1]?.after ?? null, unit);
      if (before === after) return [];
      const reasons = [...new Set(rows.map((row) => row.reason.trim()).filter(Boolean))];
      return [{ field, before, after, reason: bounded(reasons.join('; ')) }];
    });
    return { session: sessionLabel(run.sessionId), changes };
  });
  return runs
    .filter((run) => run.changes.length > 0)
    .slice(-documentLimits.objectiveHistorySessions);
}
