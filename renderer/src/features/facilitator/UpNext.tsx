import type { AgendaItem } from '../../../../shared/domain/agenda';

/** The next few items, so the room sees what is coming. */
export function UpNext({ items }: { items: readonly AgendaItem[] }) {
  return (
    <section className="facilitator__next" aria-labelledby="facilitator-next-title">
      <h2 id="facilitator-next-title">Up next</h2>
      {items.length === 0 ? (
        <p>This is the last item.</p>
      ) : (
        <ol>
          {items.map((item) => (
            <li key={item.id}>
              <span>{item.title.trim() || 'Untitled item'}</span>
              <span className="facilitator__next-minutes">{item.minutes} min</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
