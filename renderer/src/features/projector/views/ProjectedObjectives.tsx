import type { ProjectedObjectives as Objectives } from '../projection/projection';

/** The objectives for the room: as first stated, and as refined until quantifiable. */
export function ProjectedObjectives({ view }: { view: Objectives }) {
  if (view.objectives.length === 0)
    return <p className="projected-empty">No objectives written yet.</p>;
  return (
    <section className="projected-objectives" aria-label="Objectives">
      <ol>
        {view.objectives.map((objective, index) => (
          <li key={index} className="projected-objectives__item">
            <h2>{objective.refined || objective.statement || 'Untitled objective'}</h2>
            {objective.refined && objective.statement ? (
              <p className="projected-objectives__stated">First stated: “{objective.statement}”</p>
            ) : null}
            {objective.baseline || objective.target ? (
              <p>
                {objective.baseline ? `From ${objective.baseline}` : ''}
                {objective.baseline && objective.target ? ' ' : ''}
                {objective.target ? `to ${objective.target}` : ''}
                {objective.deadline ? ` by ${objective.deadline}` : ''}
              </p>
            ) : null}
            {objective.smart ? (
              <p className="projected-private">SMART check: {objective.smart.passedCount} of 4</p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
