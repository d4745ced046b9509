import type {
  ObjectiveLine,
  RemovedObjectiveLine,
} from '../../shared/documents/plan-chapter-schemas';
import { objectiveTitle } from '../../shared/domain/objective';
import type { RemovedObjective } from '../../shared/domain/objective-removal';
import { formatRevisionValue, revisedFieldLabels } from '../../shared/domain/objective-revisions';
import type { DocumentLook } from './document-look';
import { styleLabelDate } from './plan-chapters/plan-text';

type ObjectiveChange = ObjectiveLine['history'][number]['changes'][number];

/** How the history writes a field that had no value (formatRevisionValue). */
const emptyValue = '—';

/** An objective as the session summary tells it: its title, then one short line per change. */
export interface RevisedObjectiveText {
  title: string;
  lines: string[];
}

/** A reason as the consultant would say it: one sentence, with its first letter up and a stop. */
export function reasonSentence(reason: string): string {
  const text = reason.trim();
  if (text === '') return '';
  const capital = text.charAt(0).toLocaleUpperCase() + text.slice(1);
  return `Why: ${/[.!?…]$/.test(capital) ? capital : `${capital}.`}`;
}

/**
 * "Target: 1,000,000 EUR → 1,200,000 EUR" then "Why: Finance confirmed the budget.": what a session
 * did to one objective, field by field, as a consultant writes it to the client. Only the fields
 * that changed are named; a field filled in for the first time reads "set to", a field emptied
 * "removed"; an objective first stated in this session lists what it was stated with. A reason
 * shared by several fields in a row is given once, after the last of them.
 */
export function revisedObjectiveText(
  title: string,
  changes: readonly ObjectiveChange[],
  isNew: boolean,
  look: Pick<DocumentLook, 'date'>,
): RevisedObjectiveText {
  const value = (change: ObjectiveChange, text: string) =>
    change.field === 'deadline' ? look.date(text) : text;
  const fieldLine = (change: ObjectiveChange) => {
    const label = revisedFieldLabels[change.field];
    const before = value(change, change.before);
    const after = value(change, change.after);
    if (isNew) return `${label}: ${change.after === emptyValue ? 'not set' : after}`;
    if (change.before === emptyValue) return `${label}: set to ${after}`;
    if (change.after === emptyValue) return `${label}: removed (was ${before})`;
    return `${label}: ${before} → ${after}`;
  };
  const lines = changes.flatMap((change, index) => {
    const reason = change.reason.trim();
    const next = changes[index + 1];
    const sayReason = reason !== '' && next?.reason.trim() !== reason;
    return sayReason ? [fieldLine(change), reasonSentence(reason)] : [fieldLine(change)];
  });
  return { title: isNew ? `New objective: ${title}` : title, lines };
}

/** A removed objective's stated fields, in the order the worksheet shows them. */
const removedFields = ['metric', 'baseline', 'target', 'deadline', 'owner'] as const;

/**
 * "Removed: Grow sales in Norway" then what it said when removed ("Target: 1,200,000 EUR",
 * "Deadline: 31 December 2027") and why it was dropped: an objective removed in the session, told
 * so the client sees it was dropped on purpose.
 */
export function removedObjectiveText(
  objective: RemovedObjective,
  reason: string,
  look: Pick<DocumentLook, 'date'>,
): RevisedObjectiveText {
  const title = objectiveTitle(objective, look.date);
  const lines = removedFields.flatMap((field) => {
    const raw = objective[field];
    if (raw === null || raw === '') return [];
    const text =
      field === 'deadline'
        ? look.date(String(raw))
        : formatRevisionValue(field, raw, objective.unit);
    return [`${revisedFieldLabels[field]}: ${text}`];
  });
  const why = reasonSentence(reason);
  return { title: `Removed: ${title}`, lines: why === '' ? lines : [...lines, why] };
}

/**
 * "Removed in Strategy day · 3 March 2027: Grow sales in Norway — covered by the Nordic
 * objective.": an objective removed in a session, as the plan's history of the objectives tells it.
 */
export function removedInSessionText(
  { session, objective, reason }: RemovedObjectiveLine,
  look: Pick<DocumentLook, 'date'>,
): string {
  const where = session.trim() === '' ? 'Removed' : `Removed in ${styleLabelDate(session, look)}`;
  const why = reason.trim().replace(/[.!?…]$/, '');
  return `${where}: ${objectiveTitle(objective, look.date)}${why === '' ? '' : ` — ${why}`}.`;
}
