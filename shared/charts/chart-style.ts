/**
 * Fixed sizes, font and colours for every chart, so the screen and the headless renderer draw the
 * same pixels: no measured text, no responsive container.
 */
export const chartFont = { family: 'Liberation Sans, Arial, sans-serif', size: 12 } as const;

/** Text colours: labels, and the quieter axis numbers and notes; and the grid lines. */
export const ink = '#1d2633';
export const inkSoft = '#556274';
export const gridLine = '#e3e7ee';

export const chartSize = {
  standard: { width: 720, height: 360 },
  wide: { width: 960, height: 420 },
} as const;

/** Distinct, print-safe colours for series (phases, personas, channels), in order. */
export const seriesColours = [
  '#1f5fa8',
  '#d9822b',
  '#2e8b57',
  '#b3261e',
  '#6a4c93',
  '#00838f',
  '#8d6e63',
  '#c2185b',
  '#558b2f',
  '#455a64',
  '#f9a825',
  '#5c6bc0',
] as const;

export function seriesColour(index: number): string {
  return seriesColours[
    ((index % seriesColours.length) + seriesColours.length) % seriesColours.length
  ] as string;
}

export const scenarioColours = {
  cautious: '#9db4d3',
  expected: '#1f5fa8',
  ambitious: '#0b2f5c',
  baseline: '#d9822b',
} as const;
