import { ReverseFunnelChart } from '../../../../../shared/charts/ReverseFunnelChart';
import type { ProjectedFunnel as Funnel } from '../projection/projection';

/** The planner's funnel for the room: the goal, and what each phase needs to reach it. */
export function ProjectedFunnel({ view }: { view: Funnel }) {
  return (
    <section className="projected-funnel" aria-label="Work-backwards funnel">
      <h1>{view.goal ? `Goal: ${view.goal}` : 'The goal is still to be set.'}</h1>
      {view.funnel ? (
        <figure className="projected-chart">
          <ReverseFunnelChart data={view.funnel} />
        </figure>
      ) : (
        <p className="projected-empty">
          The funnel appears once the goal and the conversion rates are in.
        </p>
      )}
      {view.bufferPercent !== undefined ? (
        <p className="projected-private">Safety buffer: {view.bufferPercent} %</p>
      ) : null}
      {view.warnings && view.warnings.length > 0 ? (
        <ul className="projected-private">
          {view.warnings.map((warning, index) => (
            <li key={index}>{warning}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
