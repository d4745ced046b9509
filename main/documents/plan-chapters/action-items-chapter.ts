import type { MarketingPlanSnapshot } from '../../../shared/documents/marketing-plan-snapshot';
import { isOverdue } from '../../../shared/domain/action-item';
import { actionItemStatusLabels } from '../../../shared/domain/action-item-filters';
import { dataTable, labelled } from '../document-blocks';
import { chapter, orDash, toDo, type Chapter, type PlanContext } from './chapter';

/** Who does what by when: every action item of the engagement with its owner. */
export function actionItemsChapter(
  snapshot: MarketingPlanSnapshot,
  context: PlanContext,
): Chapter | null {
  const { look } = context;
  const { actionItems, preparedOn } = snapshot;
  const open = actionItems.filter(
    (item) => item.status === 'open' || item.status === 'in-progress',
  );
  const overdue = actionItems.filter((item) => isOverdue(item, preparedOn));
  const body =
    actionItems.length === 0
      ? null
      : [
          labelled(
            'Status on ' + look.date(preparedOn),
            `${open.length} still to do, of which ${overdue.length} overdue; ${actionItems.length - open.length} done or dropped.`,
          ),
          dataTable(
            [
              { header: 'Action', width: 32 },
              { header: 'Owner', width: 16 },
              { header: 'Due', width: 14 },
              { header: 'Status', width: 12 },
              { header: 'Raised in', width: 13 },
              { header: 'Came from', width: 13 },
            ],
            actionItems.map((item) => [
              item.what.trim() || toDo('Untitled action', context),
              item.owner || toDo('No owner yet', context),
              item.dueDate === ''
                ? toDo('No date', context)
                : `${look.date(item.dueDate)}${isOverdue(item, preparedOn) ? ' (overdue)' : ''}`,
              actionItemStatusLabels[item.status],
              orDash(item.raisedIn),
              orDash(item.source),
            ]),
            look,
          ),
        ];
  return chapter(
    'Action items',
    'portrait',
    body,
    'No action items have been raised yet.',
    context,
  );
}
