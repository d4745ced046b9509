/**
 * Reading a list pasted from notes or a slide ("- Lead\n- Qualified\n- Proposal") as one entry per
 * line. All or nothing: a paste that does not fit is refused with the reason and stays in the box,
 * so a stray paste of thousands of lines never floods the worksheet and nothing typed is lost.
 */
export type PastedNames = { ok: true; names: string[] } | { ok: false; message: string };

export interface PasteBounds {
  /** Entries the list can still take. */
  room: number;
  /** The longest a single entry may be. */
  maxLength: number;
  /** What one entry is called: "stage", "competitor". */
  noun: string;
  nounPlural: string;
  /** The list's full capacity, for the message. */
  max: number;
}

const bullet = /^\s*(?:[-*•·–]|\d{1,3}[.)])\s+/;

export function readPastedNames(text: string, bounds: PasteBounds): PastedNames {
  const names = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(bullet, '').trim())
    .filter((line) => line !== '');
  const { noun, nounPlural, max, maxLength } = bounds;
  const room = Math.max(0, Number.isFinite(bounds.room) ? Math.floor(bounds.room) : 0);
  if (names.length === 0)
    return { ok: false, message: `Paste or type one ${noun} per line first.` };
  const longIndex = names.findIndex((name) => name.length > maxLength);
  if (longIndex >= 0) {
    const length = (names[longIndex] ?? '').length.toLocaleString('en');
    return {
      ok: false,
      message: `Line ${longIndex + 1} has ${length} characters; a ${noun} can be at most ${maxLength.toLocaleString('en')}. Nothing was added.`,
    };
  }
  if (names.length > room) {
    const pasted = `${names.length.toLocaleString('en')} ${names.length === 1 ? noun : nounPlural}`;
    const left = room === 0 ? `the list is full` : `there is room for ${room} more`;
    return {
      ok: false,
      message: `That is ${pasted}, but the list holds at most ${max} and ${left}. Nothing was added; shorten the list.`,
    };
  }
  return { ok: true, names };
}
