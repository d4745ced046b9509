import {
  actionItemStatusLabels,
  ownerOptions,
  type ActionItemFilter,
  type ActionStatusFilter,
} from '../../../../shared/domain/action-item-filters';
import { actionItemStatuses, type ActionItem } from '../../../../shared/domain/action-item';

const statusChoices: readonly { value: ActionStatusFilter; label: string }[] = [
  { value: 'all', label: 'Any status' },
  { value: 'active', label: 'Still to do (open or in progress)' },
  ...actionItemStatuses.map((status) => ({ value: status, label: actionItemStatusLabels[status] })),
  { value: 'overdue', label: 'Overdue' },
];

// Select values: '*' anyone, '-' no owner, 'o:<key>' one owner.
const toOwnerValue = (owner: string | null) =>
  owner === null ? '*' : owner === '' ? '-' : `o:${owner}`;
const fromOwnerValue = (value: string) =>
  value === '*' ? null : value === '-' ? '' : value.slice(2);

interface ActionItemFiltersProps {
  items: readonly ActionItem[];
  shownCount: number;
  overdueCount: number;
  ownerOf: (item: ActionItem) => string;
  filter: ActionItemFilter;
  onChange: (filter: ActionItemFilter) => void;
}

/** Narrow the list to one owner or status; how many are shown and how many are late. */
export function ActionItemFilters({
  items,
  shownCount,
  overdueCount,
  ownerOf,
  filter,
  onChange,
}: ActionItemFiltersProps) {
  const owners = ownerOptions(items, ownerOf);
  const filtered = filter.owner !== null || filter.status !== 'all';
  // An owner chosen in the filter whose last item was reassigned stays listed, so the choice shows.
  const ownerKnown =
    filter.owner === null || filter.owner === '' || owners.some((o) => o.key === filter.owner);
  return (
    <div className="action-filters" role="search" aria-label="Filter action items">
      <div className="field">
        <label htmlFor="action-filter-owner">Filter by owner</label>
        <select
          id="action-filter-owner"
          value={toOwnerValue(filter.owner)}
          onChange={(event) => onChange({ ...filter, owner: fromOwnerValue(event.target.value) })}
        >
          <option value="*">Everyone</option>
          {owners.map((owner) => (
            <option key={owner.key} value={`o:${owner.key}`}>
              {owner.name} ({owner.count})
            </option>
          ))}
          {ownerKnown ? null : <option value={toOwnerValue(filter.owner)}>{filter.owner}</option>}
          <option value="-">No owner yet</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="action-filter-status">Filter by status</label>
        <select
          id="action-filter-status"
          value={filter.status}
          onChange={(event) =>
            onChange({ ...filter, status: event.target.value as ActionStatusFilter })
          }
        >
          {statusChoices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <p className="action-filters__count" role="status" data-testid="action-count">
        {filtered
          ? `Showing ${shownCount} of ${items.length} action items`
          : `${items.length} action ${items.length === 1 ? 'item' : 'items'}`}
        {overdueCount > 0 ? ' · ' : null}
        {overdueCount > 0 ? (
          <span className="badge badge--overdue">{overdueCount} overdue</span>
        ) : null}
      </p>
      {filtered ? (
        <button
          type="button"
          className="button button--small"
          onClick={() => onChange({ owner: null, status: 'all' })}
        >
          Show all
        </button>
      ) : null}
    </div>
  );
}
