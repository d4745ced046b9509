import type { ActionItem, ActionItemStatus } from './action-item';
import { isOverdue } from './action-item';

export const actionItemStatusLabels: Record<ActionItemStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

/** The status filter: one status, everything still to do, or only what is late. */
export type ActionStatusFilter = 'all' | 'active' | 'overdue' | ActionItemStatus;

export interface ActionItemFilter {
  /** An owner key (see ownerKey), '' for items without an owner, null for anyone. */
  owner: string | null;
  status: ActionStatusFilter;
}

export const noFilter: ActionItemFilter = { owner: null, status: 'all' };

/** The same person whether picked from the participants or typed, in any case or spacing. */
export function ownerKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

type Filterable = Pick<ActionItem, 'dueDate' | 'status'>;

export function matchesFilter(
  item: Filterable,
  ownerName: string,
  filter: ActionItemFilter,
  today: string,
): boolean {
  if (filter.owner !== null && ownerKey(ownerName) !== filter.owner) return false;
  switch (filter.status) {
    case 'all':
      return true;
    case 'active':
      return item.status === 'open' || item.status === 'in-progress';
    case 'overdue':
      return isOverdue(item, today);
    default:
      return item.status === filter.status;
  }
}

export function filterActionItems<T extends Filterable>(
  items: readonly T[],
  ownerOf: (item: T) => string,
  filter: ActionItemFilter,
  today: string,
): T[] {
  return items.filter((item) => matchesFilter(item, ownerOf(item), filter, today));
}

export interface OwnerOption {
  key: string;
  name: string;
  count: number;
}

/** Everyone who owns at least one item, by name, for the owner filter. */
export function ownerOptions<T>(items: readonly T[], ownerOf: (item: T) => string): OwnerOption[] {
  const byKey = new Map<string, OwnerOption>();
  for (const item of items) {
    const name = ownerOf(item).replace(/\s+/g, ' ').trim();
    const key = ownerKey(name);
    if (key === '') continue;
    const known = byKey.get(key);
    if (known) known.count += 1;
    else byKey.set(key, { key, name, count: 1 });
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Puts a reordered subset (the rows a filter shows) back into the whole list: the subset keeps the
 * places it held, so rows the filter hides do not move. Anything inconsistent leaves the order alone.
 */
export function placeSubsetOrder(
  allIds: readonly string[],
  subsetOrder: readonly string[],
): string[] {
  const all = new Set(allIds);
  const subset = subsetOrder.filter((id) => all.has(id));
  const inSubset = new Set(subset);
  if (inSubset.size !== subset.length) return [...allIds];
  let next = 0;
  return allIds.map((id) => (inSubset.has(id) ? (subset[next++] as string) : id));
}

/** A sane range for a due date: anything outside it is a typo (a year 0202 or 20266). */
export const dueDateRange = { earliest: '2000-01-01', latest: '2100-12-31' } as const;

/** Why a typed due date cannot be stored, or null when it can ('' clears it). */
export function dueDateProblem(value: string): string | null {
  if (value === '') return null;
  const range = 'Choose a due date between the years 2000 and 2100.';
  // A date field accepts years of up to six digits; say what is wrong rather than "not a date".
  if (/^\+?\d{5,6}-\d{2}-\d{2}$/.test(value)) return range;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'Use a date like 2026-11-22.';
  const parsed = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value)
    return 'That is not a real date.';
  if (value < dueDateRange.earliest || value > dueDateRange.latest) return range;
  return null;
}
