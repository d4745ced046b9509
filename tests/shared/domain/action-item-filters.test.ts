import { describe, expect, it } from 'vitest';
import {
  dueDateProblem,
  filterActionItems,
  ownerKey,
  ownerOptions,
  placeSubsetOrder,
  type ActionItemFilter,
} from '../../../shared/domain/action-item-filters';
import type { ActionItemStatus } from '../../../shared/domain/action-item';
import { localIsoDate } from '../../../shared/domain/local-date';

interface Item {
  id: string;
  owner: string;
  status: ActionItemStatus;
  dueDate: string;
}
const items: Item[] = [
  { id: 'late', owner: 'Dana Lee', status: 'open', dueDate: '2026-01-10' },
  { id: 'doing', owner: 'dana  lee ', status: 'in-progress', dueDate: '2026-12-01' },
  { id: 'done-late', owner: 'Sam', status: 'done', dueDate: '2026-01-10' },
  { id: 'dropped', owner: '', status: 'dropped', dueDate: '' },
];
const ownerOf = (item: Item) => item.owner;
const today = '2026-06-01';
const ids = (filter: ActionItemFilter) =>
  filterActionItems(items, ownerOf, filter, today).map((item) => item.id);

describe('action item filters', () => {
  it('filters by owner, whatever the case or spacing, and by no owner', () => {
    expect(ids({ owner: ownerKey('DANA LEE'), status: 'all' })).toEqual(['late', 'doing']);
    expect(ids({ owner: '', status: 'all' })).toEqual(['dropped']);
    expect(ids({ owner: null, status: 'all' })).toHaveLength(4);
  });

  it('filters by one status, by what is still to do, and by overdue', () => {
    expect(ids({ owner: null, status: 'done' })).toEqual(['done-late']);
    expect(ids({ owner: null, status: 'active' })).toEqual(['late', 'doing']);
    // A done item past its date is not overdue.
    expect(ids({ owner: null, status: 'overdue' })).toEqual(['late']);
    expect(ids({ owner: ownerKey('Sam'), status: 'active' })).toEqual([]);
  });

  it('offers each owner once, by name, with a count', () => {
    expect(ownerOptions(items, ownerOf)).toEqual([
      { key: 'dana lee', name: 'Dana Lee', count: 2 },
      { key: 'sam', name: 'Sam', count: 1 },
    ]);
  });

  it('puts a reordered filtered subset back in the places it held', () => {
    const all = ['a', 'b', 'c', 'd', 'e'];
    expect(placeSubsetOrder(all, ['d', 'b'])).toEqual(['a', 'd', 'c', 'b', 'e']);
    expect(placeSubsetOrder(all, ['e', 'a', 'c'])).toEqual(['e', 'b', 'a', 'd', 'c']);
    expect(placeSubsetOrder(all, ['x', 'b'])).toEqual(all);
    expect(placeSubsetOrder(all, ['b', 'b'])).toEqual(all);
  });

  it('accepts a cleared or sane due date and says what is wrong with an absurd one', () => {
    expect(dueDateProblem('')).toBeNull();
    expect(dueDateProblem('2026-11-30')).toBeNull();
    expect(dueDateProblem('2026-02-30')).toBe('That is not a real date.');
    expect(dueDateProblem('30/11/2026')).toBe('Use a date like 2026-11-22.');
    expect(dueDateProblem('0202-11-30')).toBe('Choose a due date between the years 2000 and 2100.');
    expect(dueDateProblem('20266-11-30')).toBe(
      'Choose a due date between the years 2000 and 2100.',
    );
    expect(dueDateProblem('275760-01-01')).toBe(
      'Choose a due date between the years 2000 and 2100.',
    );
  });

  it('gives today as a local calendar date', () => {
    expect(localIsoDate(new Date(2026, 10, 22, 23, 59))).toBe('2026-11-22');
    expect(localIsoDate(new Date(2026, 0, 1, 0, 1))).toBe('2026-01-01');
  });
});
