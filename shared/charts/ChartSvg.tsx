import type { ReactNode } from 'react';
import { chartFont } from './chart-style';

/**
 * The <svg> of every chart: a fixed size, its title and its summary for screen readers (and as a
 * document image's words), the chart font set on it so every text inherits it.
 */
export function ChartSvg({
  className,
  width,
  height,
  title,
  summary,
  children,
}: {
  className: string;
  width: number;
  height: number;
  title: string;
  summary: string;
  children: ReactNode;
}) {
  return (
    <svg
      className={`chart ${className}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={summary}
      fontFamily={chartFont.family}
      fontSize={chartFont.size}
    >
      <title>{title}</title>
      <desc>{summary}</desc>
      {children}
    </svg>
  );
}
