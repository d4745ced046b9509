import type { MarketingPlanSnapshot } from '../../../shared/documents/marketing-plan-snapshot';
import { isOverdue } from '../../../shared/domain/action-item';
import { actionItemStatusLabels } from '../../../shared/domain/action-item-filters';
import { dataTable, labelled } from '../document-blocks';
import { overdueMark } from './plan-text';
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
              { header: 'Action', width: 30 },
              { header: 'Owner', width: 13 },
              { header: 'Due', width: 13 },
              { header: 'Status', width: 9 },
              { header: 'Raised in', width: 13 },
              { header: 'Came from', width: 22 },
            ],
            actionItems.map((item) => [
              item.what.trim() || toDo('Untitled action', context),
              item.owner || toDo('No owner yet', context),
              item.dueDate === ''
                ? toDo('No date', context)
                : `${look.date(item.dueDate)}${isOverdue(item, preparedOn) ? overdueMark : ''}`,
              actionItemStatusLabels[item.status],
              orDash(item.raisedIn),
              orDash(item.source),
            ]),
            look,
            'landscape',
          ),
        ];
  // Landscape: six columns, where a date and a long "came from" each keep a width that reads.
  return chapter(
    'Action items',
    'landscape',
    body,
    'No action items have been raised yet.',
    context,
  );
}
