import { limits } from '../../../../shared/domain/limits';
import type { Objective } from '../../../../shared/domain/objective';
import {
  formatRevisionValue,
  historyBySession,
  revisedFieldLabels,
  type ObjectiveRevision,
} from '../../../../shared/domain/objective-revisions';
import type { Session } from '../../../../shared/domain/session';
import { AutosaveTextField } from '../../components/AutosaveField';
import { textParser } from '../../components/field-parsers';
import { sessionLabel } from './session-label';

interface ObjectiveHistoryProps {
  objective: Objective;
  revisions: readonly ObjectiveRevision[];
  sessions: readonly Session[];
  /** "Objective 2", to name the history for screen readers. */
  heading: string;
  /** Saves why a revision was made (useObjectiveRevisions). */
  setReason: (revisionId: string, reason: string) => Promise<void>;
}

const time = (at: number) =>
  new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/** How the objective moved from the client's words to a quantified target, session by session. */
export function ObjectiveHistory({
  objective,
  revisions,
  sessions,
  heading,
  setReason,
}: ObjectiveHistoryProps) {
  const runs = historyBySession(revisions);
  const sessionCount = new Set(revisions.map((revision) => revision.sessionId)).size;
  return (
    <details className="objective-history">
      <summary>
        History of {heading}:{' '}
        {revisions.length === 0
          ? 'no changes yet'
          : `${revisions.length} ${revisions.length === 1 ? 'change' : 'changes'} in ${sessionCount} ${sessionCount === 1 ? 'session' : 'sessions'}`}
      </summary>
      <p className="objective-history__origin">
        First stated in <strong>{sessionLabel(sessions, objective.statedInSessionId)}</strong>
        {objective.statement.trim() ? `: “${objective.statement.trim()}”` : ''}
      </p>
      {runs.map((run) => (
        <section
          key={`${run.sessionId}-${run.revisions[0]?.sequence ?? 0}`}
          className="objective-history__session"
          aria-label={`Changes in ${sessionLabel(sessions, run.sessionId)}`}
        >
          <h4>{sessionLabel(sessions, run.sessionId)}</h4>
          <ol className="objective-history__list">
            {run.revisions.map((revision) => (
              <RevisionEntry
                key={revision.id}
                revision={revision}
                unit={objective.unit}
                setReason={setReason}
              />
            ))}
          </ol>
        </section>
      ))}
    </details>
  );
}

function RevisionEntry({
  revision,
  unit,
  setReason,
}: {
  revision: ObjectiveRevision;
  unit: string;
  setReason: ObjectiveHistoryProps['setReason'];
}) {
  const field = revisedFieldLabels[revision.field];
  return (
    <li className="revision">
      <p className="revision__change">
        <span className="revision__time">{time(revision.createdAt)}</span> <strong>{field}</strong>:{' '}
        {formatRevisionValue(revision.field, revision.before, unit)} →{' '}
        <strong>{formatRevisionValue(revision.field, revision.after, unit)}</strong>
      </p>
      <AutosaveTextField
        label={`Why the ${field.toLowerCase()} changed`}
        hideLabel
        className="revision__reason"
        placeholder="Why? e.g. the CFO confirmed the budget allows it"
        value={revision.reason}
        parse={textParser('Reason', limits.shortText)}
        save={(reason) => setReason(revision.id, reason)}
      />
    </li>
  );
}
