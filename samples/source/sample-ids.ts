import { createHash } from 'node:crypto';

/**
 * A stable id shaped like the app's own (a UUID), derived from a readable key: the source names
 * every row by what it is ("phase:evaluation"), and the file comes out the same on every run.
 */
export function sampleId(key: string): string {
  const hex = createHash('sha256').update(`session-studio-sample:${key}`).digest('hex');
  const variant = (8 | (Number.parseInt(hex.charAt(16), 16) & 3)).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `5${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

/** Milliseconds since the epoch of a UTC date and time written like 2026-09-15T09:00. */
export function at(isoMinute: string): number {
  const time = Date.parse(`${isoMinute}:00.000Z`);
  if (Number.isNaN(time)) throw new Error(`Not a date and time: ${isoMinute}`);
  return time;
}

/** createdAt/updatedAt of a row written at one moment and last touched at another. */
export function stamps(created: string, updated = created) {
  return { createdAt: at(created), updatedAt: at(updated) };
}

/** Positions 1, 2, 3… in the order the rows are written, as the app numbers a new list. */
export function inOrder<T extends object>(rows: readonly T[]): (T & { position: number })[] {
  return rows.map((row, index) => ({ ...row, position: index + 1 }));
}
