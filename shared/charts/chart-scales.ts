/**
 * The charts' scales: a value to a pixel, computed here rather than by a charting library, so a
 * chart is a plain function of its data that draws the same SVG wherever React renders it.
 */
export type Scale = (value: number) => number;

/** [domain start, domain end] onto [range start, range end], straight. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** The same on a base-10 log scale; the domain starts at 1 or above. */
export function logScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): Scale {
  const straight = linearScale([Math.log10(domain[0]), Math.log10(domain[1])], range);
  return (value) => straight(Math.log10(Math.max(value, domain[0])));
}

/** `count` equal bands across a range: where each starts, and how wide they are. */
export function bands(count: number, range: readonly [number, number]) {
  const [start, end] = range;
  const size = (end - start) / Math.max(1, count);
  return { size, start: (index: number) => start + index * size };
}

/** Numbers in SVG attributes rounded to 1/1000 px: identical wherever they are computed. */
export const px = (value: number) => Math.round(value * 1000) / 1000;
