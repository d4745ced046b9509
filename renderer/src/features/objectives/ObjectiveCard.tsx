import { useId } from 'react';
import { limits } from '../../../../shared/domain/limits';
import type { Objective, ObjectiveEditable } from '../../../../shared/domain/objective';
import type { ObjectiveRevision } from '../../../../shared/domain/objective-revisions';
import type { Session } from '../../../../shared/domain/session';
import { checkSmart } from '../../../../shared/domain/smart-check';
import { AutosaveTextField } from '../../components/AutosaveField';
import { textParser } from '../../components/field-parsers';
import { CardBar, rowName } from '../../components/RowControls';
import type { SortableRowControls } from '../../components/SortableList';
import { ObjectiveHistory } from './ObjectiveHistory';
import { RefinedObjectiveFields } from './RefinedObjectiveFields';
import { sessionLabel } from './session-label';
import { SmartChecklist } from './SmartChecklist';

interface ObjectiveCardProps {
  objective: Objective;
  revisions: readonly ObjectiveRevision[];
  session: Session;
  sessions: readonly Session[];
  today: string;
  controls: SortableRowControls;
  onRemove: () => void;
  autoFocus: boolean;
  /** Saves a change to the objective, stamped with the session being worked in. */
  save: (patch: Partial<ObjectiveEditable>) => Promise<void>;
  /** Saves why a revision was made. */
  setRevisionReason: (revisionId: string, reason: string) => Promise<void>;
}

/** One objective: the client's words, the refined form, its SMART check and its history. */
export function ObjectiveCard(props: ObjectiveCardProps) {
  const { objective, revisions, session, sessions, today, controls, save } = props;
  const headingId = useId();
  const heading = `Objective ${controls.index + 1}`;
  const name = rowName(objective.statement, 'objective', controls.index);
  const check = checkSmart(objective, { today, sessionDate: session.date });
  return (
    <article className="objective-card" aria-labelledby={headingId}>
      <CardBar name={name} controls={controls} onRemove={props.onRemove}>
        <h3 id={headingId} className="objective-card__heading">
          {heading}
        </h3>
        <span className={`badge smart-badge${check.passed ? ' smart-badge--passed' : ''}`}>
          {check.passed ? 'SMART ✓' : `SMART ${check.passedCount}/${check.criteria.length}`}
        </span>
      </CardBar>
      <AutosaveTextField
        label="As first stated"
        className="objective-card__statement"
        multiline
        rows={2}
        autoFocus={props.autoFocus}
        placeholder="In the client’s own words, however vague: “grow sales”"
        hint={`Stated in ${sessionLabel(sessions, objective.statedInSessionId)}.`}
        value={objective.statement}
        parse={textParser('The objective as first stated', limits.shortText)}
        save={(value) => save({ statement: value })}
      />
      <RefinedObjectiveFields objective={objective} save={save} />
      <SmartChecklist check={check} label={`SMART check of ${heading.toLowerCase()}`} />
      <ObjectiveHistory
        objective={objective}
        revisions={revisions}
        sessions={sessions}
        heading={heading.toLowerCase()}
        setReason={props.setRevisionReason}
      />
    </article>
  );
}
