import type { MarketingPlanSnapshot } from '../../../shared/documents/marketing-plan-snapshot';
import type { ObjectiveLine } from '../../../shared/documents/plan-chapter-schemas';
import {
  describeObjective,
  formatObjectiveValue,
  objectiveDirectionLabels,
} from '../../../shared/domain/objective';
import { checkSmart, type SmartCheck } from '../../../shared/domain/smart-check';
import { body, bulletList, dataTable, emptyNote, heading, labelled } from '../document-blocks';
import type { DocumentLook } from '../document-look';
import { objectiveChangesText } from '../objective-change-text';
import { removedInSessionText } from '../revised-objective-lines';
import {
  chapter,
  forClient,
  workingOnly,
  type Block,
  type Chapter,
  type PlanContext,
} from './chapter';
import { shortTitle, shortTitleLength, styleLabelDate } from './plan-text';

/** "Qualified leads per quarter to 120 leads by 30 June 2027", or the client's words. */
export function objectiveName(objective: ObjectiveLine, look: DocumentLook): string {
  return describeObjective(objective, look.date);
}

/** "Increase new-customer revenue from 800,000 EUR to 1,200,000 EUR by 31 December 2027". */
function refinedSentence(objective: ObjectiveLine, look: DocumentLook): string | null {
  const metric = objective.metric.trim();
  if (metric === '' && objective.target === null) return null;
  const parts = [`${objectiveDirectionLabels[objective.direction]} ${metric || 'the metric'}`];
  if (objective.baseline !== null)
    parts.push(`from ${formatObjectiveValue(objective.baseline, objective.unit)}`);
  if (objective.target !== null)
    parts.push(`to ${formatObjectiveValue(objective.target, objective.unit)}`);
  if (objective.deadline !== '') parts.push(`by ${look.date(objective.deadline)}`);
  return parts.join(' ');
}

function smartLabel(check: SmartCheck): string {
  if (check.passed) return 'SMART';
  return `${check.passedCount} of 4`;
}

/** What still keeps an objective from being SMART, criterion by criterion. */
function smartDetails(check: SmartCheck): Block[] {
  if (check.passed)
    return [labelled('SMART check', 'Specific, measurable, achievable and time-bound.')];
  const open = check.criteria.flatMap((criterion) =>
    criterion.status === 'pass'
      ? []
      : criterion.issues.map((issue) => `${criterion.label}: ${issue.message}`),
  );
  return [
    labelled('SMART check', `${check.passedCount} of 4 criteria met. Still to settle:`),
    ...bulletList(open),
  ];
}

/** How the objective moved from the client's words to the refined one, session by session. */
function historyLines(objective: ObjectiveLine, look: DocumentLook): Block[] {
  if (objective.history.length === 0)
    return [labelled('How it moved', 'Not changed since it was first stated.')];
  return [
    labelled('How it moved', '', { keepNext: true }),
    ...bulletList(
      objective.history.map(
        (run) =>
          `${styleLabelDate(run.session, look)}: ${objectiveChangesText(run.changes, look)}.`,
      ),
    ),
  ];
}

function objectiveSection(
  objective: ObjectiveLine,
  index: number,
  today: string,
  { look, ...context }: Pick<PlanContext, 'look' | 'version'>,
): Block[] {
  const check = checkSmart(objective, { today, sessionDate: '' });
  const statement = objective.statement.trim();
  const refined = refinedSentence(objective, look);
  const name = objectiveName(objective, look);
  // A short title keeps the contents to one line an objective, its number included; the full
  // words follow.
  const number = `Objective ${index + 1}: `;
  const title = shortTitle(name, shortTitleLength - number.length);
  const statedIn = objective.statedIn ? ` (${styleLabelDate(objective.statedIn, look)})` : '';
  return [
    heading(`${number}${title}`, 2),
    ...(title === name ? [] : body(name)),
    ...(statement === '' && forClient(context)
      ? []
      : [
          labelled(
            'As first stated',
            (statement ? `“${statement}”` : 'Not written down') + statedIn,
          ),
        ]),
    ...(refined === null
      ? workingOnly([emptyNote('Not refined yet.')], context)
      : [labelled('Refined', refined)]),
    ...(objective.owner.trim() === '' && forClient(context)
      ? []
      : [labelled('Owner', objective.owner.trim() || 'No owner yet')]),
    ...workingOnly(smartDetails(check), context),
    ...historyLines(objective, look),
  ];
}

/** The objectives removed in a session, in both versions as the history is: dropped on purpose. */
function removedLines(snapshot: MarketingPlanSnapshot, look: DocumentLook): Block[] {
  if (snapshot.removedObjectives.length === 0) return [];
  return [
    heading('Removed objectives', 2),
    ...bulletList(snapshot.removedObjectives.map((line) => removedInSessionText(line, look))),
  ];
}

/** The objectives as refined, each with its SMART status and how it got there. */
export function objectivesChapter(
  snapshot: MarketingPlanSnapshot,
  context: PlanContext,
): Chapter | null {
  const { look } = context;
  // The SMART check is the consultant's tool: the client version shows the objectives only.
  const smart = !forClient(context);
  const { objectives, preparedOn } = snapshot;
  const removed = removedLines(snapshot, look);
  const content =
    objectives.length === 0
      ? removed.length === 0
        ? null
        : removed
      : [
          dataTable(
            [
              { header: 'Objective', width: 30 },
              { header: 'Baseline', width: 14 },
              { header: 'Target', width: 14 },
              { header: 'Deadline', width: 15 },
              { header: 'Owner', width: 15 },
              ...(smart ? [{ header: 'SMART', width: 12 }] : []),
            ],
            objectives.map((objective) => [
              // The metric alone: the baseline, target and deadline have their own columns.
              objective.metric.trim() || objectiveName(objective, look),
              formatObjectiveValue(objective.baseline, objective.unit),
              formatObjectiveValue(objective.target, objective.unit),
              look.date(objective.deadline) || '—',
              objective.owner.trim() || '—',
              ...(smart
                ? [smartLabel(checkSmart(objective, { today: preparedOn, sessionDate: '' }))]
                : []),
            ]),
            look,
          ),
          ...objectives.flatMap((objective, index) =>
            objectiveSection(objective, index, preparedOn, context),
          ),
          ...removed,
        ];
  return chapter('Objectives', 'portrait', content, 'No objectives have been stated yet.', context);
}
