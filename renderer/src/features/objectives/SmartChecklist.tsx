import type { SmartCheck, SmartCriterion } from '../../../../shared/domain/smart-check';

const mark: Record<SmartCriterion['status'], string> = { pass: '✓', fail: '✗', unknown: '?' };

/** The SMART check as a checklist: each criterion passed or not, and what is missing. */
export function SmartChecklist({ check, label }: { check: SmartCheck; label: string }) {
  return (
    <div className="smart-check" role="group" aria-label={label}>
      <p className={`smart-check__verdict${check.passed ? ' is-passed' : ''}`}>
        {check.passed
          ? 'SMART ✓ — specific, measurable, achievable and time-bound.'
          : `Not SMART yet: ${check.passedCount} of ${check.criteria.length} criteria met.`}
      </p>
      <ul className="smart-check__list">
        {check.criteria.map((criterion) => (
          <li key={criterion.key} className={`smart-item smart-item--${criterion.status}`}>
            <span className="smart-item__name">
              {criterion.label} {mark[criterion.status]}
            </span>
            {criterion.issues.length > 0 ? (
              <span className="smart-item__issues">
                {' — '}
                {criterion.issues.map((issue) => issue.message).join(' ')}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
