import type { ReactNode } from 'react';

/** A chart with its title and, one click away, the same content as text (also its aria-label). */
export function ChartFigure({
  title,
  summary,
  children,
}: {
  title: string;
  summary: string;
  children: ReactNode;
}) {
  return (
    <figure className="chart-figure">
      <figcaption>
        <strong>{title}</strong>
        <details>
          <summary>Read the chart as text</summary>
          <p>{summary}</p>
        </details>
      </figcaption>
      <div className="chart-figure__chart">{children}</div>
    </figure>
  );
}
