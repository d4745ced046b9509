import type { ObjectiveLine } from '../../shared/documents/plan-chapter-schemas';
import { revisedFieldLabels } from '../../shared/domain/objective-revisions';
import type { DocumentLook } from './document-look';

type ObjectiveChange = ObjectiveLine['history'][number]['changes'][number];

/** How the history writes a field that had no value (formatRevisionValue). */
const emptyValue = '—';

/**
 * "target 1,000,000 EUR → 1,200,000 EUR (Finance confirmed the budget); deadline set to
 * 31 December 2027": one session's changes to an objective, each field before → after and why.
 */
export function objectiveChangesText(
  changes: readonly ObjectiveChange[],
  look: Pick<DocumentLook, 'date'>,
): string {
  const value = (field: string, text: string) => (field === 'deadline' ? look.date(text) : text);
  return changes
    .map(
      (change) =>
        `${revisedFieldLabels[change.field].toLowerCase()} ` +
        // A field filled in for the first time reads "set to", not "— → …".
        (change.before === emptyValue
          ? `set to ${value(change.field, change.after)}`
          : `${value(change.field, change.before)} → ${value(change.field, change.after)}`) +
        (change.reason ? ` (${change.reason})` : ''),
    )
    .join('; ');
}
