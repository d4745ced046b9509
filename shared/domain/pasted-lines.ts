/**
 * Planning a list pasted from notes, a slide or a spreadsheet: one entry per line. Whatever fits
 * is added; every other line stays in the box with the reason, in the order it was pasted, so a
 * stray paste of thousands of lines never floods a list and nothing the consultant typed is lost.
 */

/** How an entry is called in messages, one and several: "stage", "stages". */
export interface Noun {
  one: string;
  many: string;
}

/** Why a line stays in the box, said after a count: "1 is longer…", "3 are longer…". */
export interface KeepReason {
  one: string;
  many: string;
}

/** What one line becomes: an entry to add, or a reason to keep it in the box. */
export type LineReading<T> = { ok: true; entry: T } | { ok: false; reason: KeepReason };

export interface PastePlan<T> {
  /** Entries to add, in the pasted order, each with its line and that line's place (`at`). */
  accepted: { line: string; at: number; entry: T }[];
  /** Lines that stay in the box, in the pasted order; a null reason means the list had no room. */
  kept: { line: string; at: number; reason: KeepReason | null }[];
}

/** Beyond this a paste is not a list from the room; refused whole, before any splitting. */
export const maxPasteCharacters = 200_000;

const bullet = /^\s*(?:[-*•·–]|\d{1,3}[.)])\s+/;

/** Why a paste is refused whole before it is split, or null: it is far too long to be a list. */
export function overlongPaste(text: string): string | null {
  return text.length > maxPasteCharacters
    ? `That is ${text.length.toLocaleString('en')} characters, more than a list from the room; paste at most ${maxPasteCharacters.toLocaleString('en')}.`
    : null;
}

/** Why a paste is refused whole, or null: it is far too long to be a list, or empty. */
export function pasteRefusal(text: string, noun: Noun): string | null {
  if (text.trim() === '') return `Paste or type one ${noun.one} per line first.`;
  return overlongPaste(text);
}

/** One entry per non-empty line, without the bullets or numbers of a list. */
export function splitPastedLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(bullet, '').trim())
    .filter((line) => line !== '');
}

export function tooLongReason(maxLength: number): KeepReason {
  const limit = `longer than ${maxLength.toLocaleString('en')} characters`;
  return { one: `is ${limit}`, many: `are ${limit}` };
}

/** Reads a line as the entry itself, kept in the box when it is longer than an entry can be. */
export function fitsIn(maxLength: number): (line: string) => LineReading<string> {
  const reason = tooLongReason(maxLength);
  return (line) => (line.length > maxLength ? { ok: false, reason } : { ok: true, entry: line });
}

/** Reads every line and takes those that read as entries while the list has room. */
export function planPaste<T>(
  lines: readonly string[],
  room: number,
  read: (line: string) => LineReading<T>,
): PastePlan<T> {
  const plan: PastePlan<T> = { accepted: [], kept: [] };
  let space = Math.max(0, Math.floor(Number.isFinite(room) ? room : 0));
  lines.forEach((line, at) => {
    const reading = read(line);
    if (!reading.ok) plan.kept.push({ line, at, reason: reading.reason });
    else if (space === 0) plan.kept.push({ line, at, reason: null });
    else {
      plan.accepted.push({ line, at, entry: reading.entry });
      space -= 1;
    }
  });
  return plan;
}

/** The plan for pasted text whose lines are the entries themselves, each at most `maxLength`. */
export function planPastedLines(text: string, room: number, maxLength: number): PastePlan<string> {
  return planPaste(splitPastedLines(text), room, fitsIn(maxLength));
}

/**
 * The plan as it turned out when the list took only the first `added` entries (it filled up
 * meanwhile): the others go back to the box, in the pasted order.
 */
export function settlePaste<T>(plan: PastePlan<T>, added: number): PastePlan<T> {
  const taken = Math.max(0, added);
  if (taken >= plan.accepted.length) return plan;
  const returned = plan.accepted.slice(taken).map(({ line, at }) => ({ line, at, reason: null }));
  return {
    accepted: plan.accepted.slice(0, taken),
    kept: [...plan.kept, ...returned].sort((a, b) => a.at - b.at),
  };
}

/** The text left in the box: the kept lines, one per line. */
export function keptText(plan: PastePlan<unknown>): string {
  return plan.kept.map(({ line }) => line).join('\n');
}

const count = (n: number) => n.toLocaleString('en');

/** What happened, in one status line: "Added 50 threats. Kept in the box: 2,950 did not fit: the list is full." */
export function describePaste(plan: PastePlan<unknown>, noun: Noun): string {
  const added = plan.accepted.length;
  const head =
    added === 0
      ? `No ${noun.many} were added.`
      : `Added ${count(added)} ${added === 1 ? noun.one : noun.many}.`;
  const noRoom = plan.kept.filter(({ reason }) => reason === null).length;
  const groups = new Map<string, { reason: KeepReason; lines: number }>();
  for (const { reason } of plan.kept) {
    if (reason === null) continue;
    const group = groups.get(reason.one) ?? { reason, lines: 0 };
    group.lines += 1;
    groups.set(reason.one, group);
  }
  const reasons = [
    noRoom > 0 ? `${count(noRoom)} did not fit: the list is full` : null,
    ...[...groups.values()].map(
      ({ reason, lines }) => `${count(lines)} ${lines === 1 ? reason.one : reason.many}`,
    ),
  ].filter((part): part is string => part !== null);
  return reasons.length === 0 ? head : `${head} Kept in the box: ${reasons.join('; ')}.`;
}
