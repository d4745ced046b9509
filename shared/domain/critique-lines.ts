/** What happens to a pasted list: the lines that fit become entries, the rest stay with the consultant. */
export interface PastedLinesPlan {
  /** Lines to add, trimmed, in the pasted order. */
  accepted: string[];
  /** Lines not added (no room, or too long), to keep in the box so nothing is lost. */
  leftover: string[];
  /** How many of the leftover lines were too long for one entry. */
  tooLong: number;
  /** How many fitting lines found no room in the list. */
  noRoom: number;
}

/** Splits pasted text into entries, one per non-empty line, bounded by the room left and a length. */
export function planPastedLines(text: string, room: number, maxLength: number): PastedLinesPlan {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^\s*(?:[-*•·]|\d+[.)])\s+/, '').trim())
    .filter((line) => line !== '');
  const plan: PastedLinesPlan = { accepted: [], leftover: [], tooLong: 0, noRoom: 0 };
  let space = Math.max(0, Math.floor(Number.isFinite(room) ? room : 0));
  for (const line of lines) {
    if (line.length > maxLength) {
      plan.leftover.push(line);
      plan.tooLong += 1;
    } else if (space === 0) {
      plan.leftover.push(line);
      plan.noRoom += 1;
    } else {
      plan.accepted.push(line);
      space -= 1;
    }
  }
  return plan;
}
