import { useMemo, useState } from 'react';
import type { Objective } from '../../../../shared/domain/objective';
import type { ObjectiveRevision } from '../../../../shared/domain/objective-revisions';
import { FailureNotice } from '../../components/Notice';
import { RemovalNotices } from '../../components/RemovalUndo';
import { removedName } from '../../components/RowControls';
import { SortableList } from '../../components/SortableList';
import { useFailureMessage } from '../../hooks/use-failure-message';
import { useObjectiveEdits } from '../../hooks/use-objective-edits';
import { useObjectiveRemovals } from '../../hooks/use-objective-removals';
import { useObjectiveRevisions } from '../../hooks/use-objective-revisions';
import { useObjectives } from '../../hooks/use-objectives';
import { useUndoableRemoval } from '../../hooks/use-undoable-removal';
import type { WorksheetProps } from '../workspace/worksheet-props';
import { ObjectiveCard } from './ObjectiveCard';
import { RemovedObjectives } from './RemovedObjectives';
import { localToday } from '../../../../shared/domain/local-today';
import './objectives.css';

const getId = (objective: Objective) => objective.id;
const noRevisions: readonly ObjectiveRevision[] = [];

/** Objectives as the client states them, refined in the room until they are quantifiable. */
export function ObjectivesWorksheet({ engagement, session, sessions }: WorksheetProps) {
  const objectives = useObjectives(engagement.id);
  const { revisions, setReason: setRevisionReason } = useObjectiveRevisions(engagement.id);
  const { removals, setReason: setRemovalReason } = useObjectiveRemovals(engagement.id);
  const edits = useObjectiveEdits(engagement.id, session.id);
  const removal = useUndoableRemoval(edits.removable);
  const { error, run, clear } = useFailureMessage();
  const [addedId, setAddedId] = useState<string | null>(null);
  const today = localToday();
  const revisionsByObjective = useMemo(() => {
    const grouped = new Map<string, ObjectiveRevision[]>();
    for (const revision of revisions ?? []) {
      const list = grouped.get(revision.objectiveId) ?? [];
      list.push(revision);
      grouped.set(revision.objectiveId, list);
    }
    return grouped;
  }, [revisions]);

  return (
    <section className="worksheet objectives" aria-labelledby="objectives-title">
      <h2 id="objectives-title">Objectives</h2>
      <p className="worksheet-hint">
        Write each objective first as the client says it (“grow sales”), then refine it with the
        room until it is SMART: a metric, today’s baseline, a target, a unit, a deadline and an
        owner. Every change is kept with the session it happened in; add why it changed, so the plan
        shows how the objective became realistic. Changes made now are recorded in{' '}
        <strong>
          {session.title} · {session.date}
        </strong>
        .
      </p>
      {objectives === undefined || revisions === undefined ? (
        <p className="subtle">Loading the objectives…</p>
      ) : (
        <>
          {objectives.length === 0 ? (
            <p className="subtle">
              No objectives yet. Ask what the client wants to achieve and write it down as said.
            </p>
          ) : null}
          <SortableList
            label="Objectives"
            items={objectives}
            getId={getId}
            onReorder={(ids) => run(() => edits.reorder(ids))}
            renderItem={(objective, controls) => (
              <ObjectiveCard
                objective={objective}
                revisions={revisionsByObjective.get(objective.id) ?? noRevisions}
                session={session}
                sessions={sessions}
                today={today}
                controls={controls}
                onRemove={() => void removal.remove(objective.id)}
                autoFocus={objective.id === addedId}
                save={(patch) => edits.update(objective.id, patch)}
                setRevisionReason={setRevisionReason}
              />
            )}
          />
          <button
            type="button"
            className="button"
            onClick={() => void run(async () => setAddedId(await edits.create()))}
          >
            Add objective
          </button>
          <RemovedObjectives
            removals={removals ?? []}
            session={session}
            setReason={setRemovalReason}
          />
        </>
      )}
      <FailureNotice message={error} onDismiss={clear} />
      <RemovalNotices
        removal={removal}
        describe={(objective) => removedName(objective.statement, 'objective')}
      />
    </section>
  );
}
