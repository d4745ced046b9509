import type { PlanWarning } from '../../../../shared/planning/plan-warnings';

const severityLabel: Record<PlanWarning['severity'], string> = {
  problem: 'Cannot be worked out',
  caution: 'Unrealistic',
  info: 'To set',
};

/** What to check in the plan, most serious first, in the words the documents use too. */
export function PlanWarningList({ warnings }: { warnings: readonly PlanWarning[] }) {
  if (warnings.length === 0)
    return <p className="plan-ok">Every phase can be worked out and nothing looks unrealistic.</p>;
  const order: PlanWarning['severity'][] = ['problem', 'caution', 'info'];
  const sorted = [...warnings].sort(
    (a, b) => order.indexOf(a.severity) - order.indexOf(b.severity),
  );
  return (
    <div className="plan-warnings">
      <h4 id="plan-warnings-title">What to check</h4>
      <ul aria-labelledby="plan-warnings-title">
        {sorted.map((warning, index) => (
          <li
            key={`${warning.kind}-${warning.phaseId ?? ''}-${index}`}
            className={`plan-warning plan-warning--${warning.severity}`}
          >
            <span className="badge">{severityLabel[warning.severity]}</span> {warning.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
