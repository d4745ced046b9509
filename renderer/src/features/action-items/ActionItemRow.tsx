import { isOverdue, type ActionItem } from '../../../../shared/domain/action-item';
import {
  actionItemStatusLabels,
  dueDateProblem,
} from '../../../../shared/domain/action-item-filters';
import type { SourceGroup } from '../../../../shared/domain/action-item-sources';
import { actionItemStatuses, type ActionItemStatus } from '../../../../shared/domain/action-item';
import { limits } from '../../../../shared/domain/limits';
import type { Participant } from '../../../../shared/domain/participant';
import type { Session } from '../../../../shared/domain/session';
import { AutosaveTextField } from '../../components/AutosaveField';
import type { ListRowContext } from '../../components/EditableListSection';
import { textParser } from '../../components/field-parsers';
import { ListRow } from '../../components/ListRow';
import { rowName } from '../../components/RowControls';
import { ChoiceField, choicesOf } from '../../components/ChoiceField';
import { actionItemRepository } from '../../db/repositories/action-item-repository';
import { OwnerField } from './OwnerField';
import { SourceField } from './SourceField';

const statusChoices = choicesOf(actionItemStatuses, actionItemStatusLabels);

const parseDueDate = (draft: string) => {
  const problem = dueDateProblem(draft);
  return problem
    ? ({ ok: false, message: problem } as const)
    : ({ ok: true, value: draft } as const);
};

interface ActionItemRowProps {
  item: ActionItem;
  row: ListRowContext;
  raisedIn: Session | undefined;
  participants: readonly Participant[];
  sessionsById: Map<string, Session>;
  groups: readonly SourceGroup[];
  ownerName: string;
  today: string;
  focused: boolean;
}

export function ActionItemRow({
  item,
  row,
  raisedIn,
  participants,
  sessionsById,
  groups,
  ownerName,
  today,
  focused,
}: ActionItemRowProps) {
  const name = rowName(item.what, 'action item', row.controls.index);
  const overdue = isOverdue(item, today);
  const dueBeforeRaised =
    raisedIn !== undefined && item.dueDate !== '' && item.dueDate < raisedIn.date;
  return (
    <ListRow
      name={name}
      row={row}
      className={`action-row${overdue ? ' action-row--overdue' : ''}${focused ? ' action-row--focused' : ''}`}
      data-testid="action-row"
      data-action-id={item.id}
      data-overdue={overdue || undefined}
    >
      <div className="action-row__fields">
        <AutosaveTextField
          label="Action"
          className="action-row__what"
          placeholder="What will be done, in a verb: e.g. Draft the onboarding checklist"
          autoFocus={row.autoFocus}
          value={item.what}
          parse={textParser('Action', limits.shortText)}
          save={(what) => actionItemRepository.update(item.id, { what })}
        />
        <OwnerField
          item={item}
          participants={participants}
          sessionsById={sessionsById}
          ownerName={ownerName}
        />
        <AutosaveTextField
          label="Due"
          type="date"
          className="action-row__due"
          value={item.dueDate}
          parse={parseDueDate}
          save={(dueDate) => actionItemRepository.update(item.id, { dueDate })}
        />
        <ChoiceField<ActionItemStatus>
          label="Status"
          className="action-row__status"
          value={item.status}
          choices={statusChoices}
          save={(status) => actionItemRepository.update(item.id, { status })}
        />
      </div>
      <div className="action-row__meta">
        <SourceField item={item} groups={groups} />
        <p className="action-row__raised subtle">
          {raisedIn
            ? `Raised in ${raisedIn.title} · ${raisedIn.date}`
            : 'Raised in a session no longer in this engagement'}
        </p>
        {overdue ? (
          <span className="badge badge--overdue" data-testid="overdue-badge">
            Overdue since {item.dueDate}
          </span>
        ) : null}
      </div>
      {dueBeforeRaised ? (
        <p className="field-hint action-row__warning">
          Due before the session that raised it ({raisedIn.date}). Is the date right?
        </p>
      ) : null}
    </ListRow>
  );
}
