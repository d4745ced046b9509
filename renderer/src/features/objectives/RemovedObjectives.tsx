import { limits } from '../../../../shared/domain/limits';
import { describeObjective, objectiveTitle } from '../../../../shared/domain/objective';
import type { ObjectiveRemoval } from '../../../../shared/domain/objective-removal';
import type { Session } from '../../../../shared/domain/session';
import { AutosaveTextField } from '../../components/AutosaveField';
import { textParser } from '../../components/field-parsers';

interface RemovedObjectivesProps {
  /** The engagement's removals; only those of `session` are listed. */
  removals: readonly ObjectiveRemoval[];
  session: Session;
  /** Saves why a removal was made (useObjectiveRemovals). */
  setReason: (removalId: string, reason: string) => Promise<void>;
}

/** The objectives removed in this session, each with why, for the session's summary. */
export function RemovedObjectives({ removals, session, setReason }: RemovedObjectivesProps) {
  const here = removals.filter((removal) => removal.sessionId === session.id);
  if (here.length === 0) return null;
  return (
    <section className="removed-objectives" aria-labelledby="removed-objectives-title">
      <h3 id="removed-objectives-title">Removed in this session</h3>
      <p className="worksheet-hint">
        Say why each was dropped: the session summary tells the client it was removed, and why.
      </p>
      <ul className="removed-objectives__list">
        {here.map((removal, index) => (
          <li key={removal.id} className="removed-objectives__item">
            <p>
              <span className="removed-objectives__title">{objectiveTitle(removal.objective)}</span>
              {removal.objective.statement.trim() && removal.objective.metric.trim()
                ? ` — ${describeObjective(removal.objective)}`
                : ''}
            </p>
            <AutosaveTextField
              label={`Why removed objective ${index + 1} was dropped`}
              hideLabel
              className="removed-objectives__reason"
              placeholder="Why was it dropped? e.g. covered by the revenue objective"
              value={removal.reason}
              parse={textParser('Reason', limits.shortText)}
              save={(reason) => setReason(removal.id, reason)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
