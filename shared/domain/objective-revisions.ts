import { z } from 'zod';
import { limits } from './limits';
import { formatObjectiveValue, type Objective } from './objective';
import { entityId, optionalText, timestamp } from './text-fields';

/** The refined objective's fields; every change to one of them is kept as a revision. */
export const revisedFields = [
  'metric',
  'direction',
  'baseline',
  'target',
  'unit',
  'deadline',
  'owner',
] as const;
export type RevisedField = (typeof revisedFields)[number];

export const revisedFieldLabels: Record<RevisedField, string> = {
  metric: 'Metric',
  direction: 'Direction',
  baseline: 'Baseline',
  target: 'Target',
  unit: 'Unit',
  deadline: 'Deadline',
  owner: 'Owner',
};

export const revisionValue = z.union([z.string().max(limits.name), z.number().finite(), z.null()]);
export type RevisionValue = z.infer<typeof revisionValue>;

/** One change to a refined objective: in which session, which field, before → after, and why. */
export const objectiveRevisionSchema = z.object({
  id: entityId,
  objectiveId: entityId,
  engagementId: entityId,
  sessionId: entityId,
  /** Order within the objective's history; timestamps can tie. */
  sequence: z.number().int().min(1),
  field: z.enum(revisedFields),
  before: revisionValue,
  after: revisionValue,
  reason: optionalText('Reason', limits.shortText),
  /** When the change began. */
  createdAt: timestamp,
  /** When the change was last extended by a further edit of the same field. */
  updatedAt: timestamp,
});
export type ObjectiveRevision = z.infer<typeof objectiveRevisionSchema>;

/**
 * Edits of the same field in the same session this close together are one change: typing
 * "1200000" saves several times as the consultant types, but the room changed the target once.
 */
export const coalesceWindowMs = 5 * 60_000;

export interface FieldChange {
  field: RevisedField;
  before: RevisionValue;
  after: RevisionValue;
  sessionId: string;
  at: number;
}

export type RevisionStep =
  | { kind: 'none' }
  | { kind: 'add'; change: FieldChange }
  | { kind: 'extend'; id: string; after: RevisionValue; at: number }
  /** The field went back to where the revision started: there is no change left to keep. */
  | { kind: 'drop'; id: string };

type Latest = Pick<
  ObjectiveRevision,
  'id' | 'field' | 'sessionId' | 'before' | 'reason' | 'updatedAt'
>;

const isEmpty = (value: RevisionValue) => value === null || value === '';

export function sameRevisionValue(a: RevisionValue, b: RevisionValue): boolean {
  return a === b || (isEmpty(a) && isEmpty(b));
}

/**
 * What one field change does to the history, given the objective's latest revision: nothing (no
 * real change), extend the latest revision (same field, same session, within the window, no
 * reason given yet: the first "before" is kept), drop it (back to where it started), or add one.
 */
export function planRevision(
  latest: Latest | undefined,
  change: FieldChange,
  windowMs = coalesceWindowMs,
): RevisionStep {
  if (sameRevisionValue(change.before, change.after)) return { kind: 'none' };
  const continues =
    latest !== undefined &&
    latest.field === change.field &&
    latest.sessionId === change.sessionId &&
    latest.reason.trim() === '' &&
    change.at - latest.updatedAt <= windowMs;
  if (!continues) return { kind: 'add', change };
  if (sameRevisionValue(latest.before, change.after)) return { kind: 'drop', id: latest.id };
  return { kind: 'extend', id: latest.id, after: change.after, at: change.at };
}

/** The refined fields that differ between two versions of an objective. */
export function changedFields(
  current: Pick<Objective, RevisedField>,
  next: Pick<Objective, RevisedField>,
  sessionId: string,
  at: number,
): FieldChange[] {
  return revisedFields
    .filter((field) => !sameRevisionValue(current[field], next[field]))
    .map((field) => ({ field, before: current[field], after: next[field], sessionId, at }));
}

export interface RevisionWrites {
  put: ObjectiveRevision[];
  remove: string[];
}

/**
 * Applies changes to an objective's history (its revisions in any order): the rows to write and
 * the ids to delete. Pure, so the repository only stores what this decides.
 */
export function reviseHistory(
  history: readonly ObjectiveRevision[],
  changes: readonly FieldChange[],
  context: { objectiveId: string; engagementId: string; newId: () => string },
  windowMs = coalesceWindowMs,
): RevisionWrites {
  const rows = [...history].sort((a, b) => a.sequence - b.sequence);
  const touched = new Map<string, ObjectiveRevision>();
  const remove: string[] = [];
  for (const change of changes) {
    const latest = rows[rows.length - 1];
    const step = planRevision(latest, change, windowMs);
    if (step.kind === 'add') {
      const row: ObjectiveRevision = {
        id: context.newId(),
        objectiveId: context.objectiveId,
        engagementId: context.engagementId,
        sessionId: change.sessionId,
        sequence: (latest?.sequence ?? 0) + 1,
        field: change.field,
        before: change.before,
        after: change.after,
        reason: '',
        createdAt: change.at,
        updatedAt: change.at,
      };
      rows.push(row);
      touched.set(row.id, row);
    } else if (step.kind === 'extend' && latest) {
      const row = { ...latest, after: step.after, updatedAt: Math.max(latest.updatedAt, step.at) };
      rows[rows.length - 1] = row;
      touched.set(row.id, row);
    } else if (step.kind === 'drop') {
      rows.pop();
      if (touched.has(step.id)) touched.delete(step.id);
      if (history.some((row) => row.id === step.id)) remove.push(step.id);
    }
  }
  return { put: [...touched.values()], remove };
}

export interface SessionRun {
  sessionId: string;
  revisions: ObjectiveRevision[];
}

/**
 * The history as the room lived it: revisions in order, grouped into runs of the same session
 * (going back to an earlier session later starts a new run rather than rewriting the past).
 */
export function historyBySession(revisions: readonly ObjectiveRevision[]): SessionRun[] {
  const runs: SessionRun[] = [];
  for (const revision of [...revisions].sort((a, b) => a.sequence - b.sequence)) {
    const last = runs[runs.length - 1];
    if (last && last.sessionId === revision.sessionId) last.revisions.push(revision);
    else runs.push({ sessionId: revision.sessionId, revisions: [revision] });
  }
  return runs;
}

/** How a revision's before or after reads in the timeline: "1,200,000 EUR", "increase", "—". */
export function formatRevisionValue(field: RevisedField, value: RevisionValue, unit = ''): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'number')
    return formatObjectiveValue(value, field === 'baseline' || field === 'target' ? unit : '');
  return value;
}
