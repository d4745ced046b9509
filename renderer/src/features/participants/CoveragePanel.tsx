import {
  joinNames,
  participantCoverage,
  type RoleCoverage,
} from '../../../../shared/domain/participant-coverage';
import type { Participant } from '../../../../shared/domain/participant';

const statusMarks: Record<RoleCoverage['status'], string> = {
  'in-room': '✓',
  expected: '…',
  absent: '✕',
  missing: '✕',
};

/** What the role's line says beside its name: who covers it, or why nobody does. */
function roleDetail(entry: RoleCoverage): string {
  switch (entry.status) {
    case 'in-room':
      return entry.invited.length > 0
        ? `${joinNames(entry.attended)} attended; ${joinNames(entry.invited)} invited`
        : `${joinNames(entry.attended)} attended`;
    case 'expected':
      return `${joinNames(entry.invited)} invited, not yet marked as attended`;
    case 'absent':
      return `missing: ${joinNames(entry.absent)} ${entry.absent.length === 1 ? 'is' : 'are'} marked absent`;
    case 'missing':
      return 'missing: nobody on the list';
  }
}

function SalesWarning({ sales }: { sales: RoleCoverage }) {
  return (
    <div className="notice notice--warning coverage__sales" role="alert">
      <p>
        <strong>No one from sales is in the room.</strong>{' '}
        {sales.status === 'absent'
          ? `${joinNames(sales.absent)} (sales) ${sales.absent.length === 1 ? 'is' : 'are'} marked absent.`
          : 'Nobody on the list has the sales role.'}
      </p>
      <p>
        Sales is the role most often missing. Without someone who talks to buyers every day, the
        plan stops at the lead: invite a sales lead, or note who will brief sales afterwards.
      </p>
    </div>
  );
}

/** Which of the roles the method recommends are in the room, with attendance taken into account. */
export function CoveragePanel({ participants }: { participants: readonly Participant[] }) {
  const coverage = participantCoverage(participants);
  const { attended, invited, absent } = coverage.counts;
  const missingLabels = coverage.roles
    .filter((entry) => coverage.missing.includes(entry.role))
    .map((entry) => entry.label);
  return (
    <section className="coverage" aria-labelledby="coverage-title" data-testid="coverage">
      <h3 id="coverage-title">Who is in the room</h3>
      <p className="subtle">
        {attended} attended · {invited} invited · {absent} absent
      </p>
      {coverage.salesWarning ? <SalesWarning sales={coverage.sales} /> : null}
      <ul className="coverage__roles" aria-label="Recommended roles">
        {coverage.roles.map((entry) => (
          <li key={entry.role} className={`coverage__role coverage__role--${entry.status}`}>
            <span className="coverage__mark" aria-hidden="true">
              {statusMarks[entry.status]}
            </span>
            <span>
              <strong>{entry.label}</strong>: {roleDetail(entry)}
            </span>
          </li>
        ))}
      </ul>
      <p data-testid="coverage-missing">
        {missingLabels.length === 0
          ? 'Every recommended role is covered.'
          : `Missing roles: ${joinNames(missingLabels)}.`}
      </p>
    </section>
  );
}
