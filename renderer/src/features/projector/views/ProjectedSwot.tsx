import type { ProjectedSwot as Swot } from '../projection/projection';

/** The SWOT for the room, in its four quadrants, with the changes and the positioning. */
export function ProjectedSwot({ view }: { view: Swot }) {
  return (
    <section className="projected-swot" aria-label="SWOT">
      <div className="projected-swot__grid">
        <Quadrant title="Strengths" entries={view.strengths} />
        <Quadrant title="Weaknesses" entries={view.weaknesses} />
        <Quadrant title="Opportunities" entries={view.opportunities} />
        <Quadrant title="Threats" entries={view.threats} />
      </div>
      {view.changes.length > 0 ? (
        <Quadrant title="Changes needed to compete" entries={view.changes} />
      ) : null}
      {view.positioning ? (
        <blockquote className="projected-swot__positioning">{view.positioning}</blockquote>
      ) : null}
    </section>
  );
}

function Quadrant({ title, entries }: { title: string; entries: readonly string[] }) {
  return (
    <section className="projected-swot__quadrant" aria-label={title}>
      <h2>{title}</h2>
      {entries.length === 0 ? (
        <p className="projected-empty">None yet.</p>
      ) : (
        <ul>
          {entries.map((entry, index) => (
            <li key={index}>{entry}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
