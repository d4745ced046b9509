export type JsonParseOutcome = { ok: true; value: unknown } | { ok: false; problem: string };

/** Line and column (from 1) of a character offset, for a message a person can follow. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The offset where the parser stopped, from "at position 123" or "(line 4 column 7)". */
function offsetOf(message: string, text: string): number | null {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (!lineColumn) return null;
  const lines = text.split('\n').slice(0, Number(lineColumn[1]) - 1);
  return lines.reduce((sum, line) => sum + line.length + 1, 0) + Number(lineColumn[2]) - 1;
}

/** What the parser said, without the location it gave in its own words. */
function plainReason(message: string): string {
  return message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s*(in JSON )?at position \d+/, '')
    .trim();
}

const cutOff =
  'The file ends in the middle of its content: it looks cut off (perhaps an interrupted copy). Export it again from the other laptop.';

/** Parses an engagement file's text; a malformed file gets a message that says where and what. */
export function parseEngagementFileJson(text: string): JsonParseOutcome {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problem: 'The file is empty.' };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = offsetOf(message, body);
    if (
      /end of (JSON )?input/i.test(message) ||
      (offset !== null && offset >= body.trimEnd().length)
    )
      return { ok: false, problem: cutOff };
    const where = offset === null ? null : lineAndColumn(body, offset);
    const prefix = where ? `Line ${where.line}, column ${where.column}: ` : '';
    return {
      ok: false,
      problem: `${prefix}the file is not valid JSON (${plainReason(message)}). It may have been damaged or edited by hand.`,
    };
  }
}
