/** Where in the file a problem is, and what is wrong there. */
export interface FileProblem {
  path: readonly PropertyKey[];
  message: string;
}

/** At most this many problems are listed; a damaged file can have thousands. */
export const maxListedProblems = 20;

/** A key of the file as part of a place; a key can be any length in a damaged file. */
function shortKey(part: string | number): string | number {
  if (typeof part === 'number' || part.length <= 40) return part;
  return `${[...part].slice(0, 39).join('')}…`;
}

/** "sessions, row 2, title" for tables.sessions[1].title; "engagement, clientName"; "version". */
export function describePath(path: readonly PropertyKey[]): string {
  const parts = path.map((part) =>
    shortKey(typeof part === 'symbol' ? String(part.description) : part),
  );
  const [first, table, row, ...rest] = parts;
  if (first === 'tables' && typeof table === 'string') {
    if (typeof row !== 'number') return [table, ...parts.slice(2)].join(' › ');
    return [`${table}, row ${row + 1}`, ...(rest.length > 0 ? [rest.join(' › ')] : [])].join(', ');
  }
  if (first === 'engagement' && parts.length > 1)
    return `engagement, ${parts.slice(1).join(' › ')}`;
  return parts.join(' › ');
}

const maxLineLength = 600;

/**
 * A message as a line a person can read, even when it quotes a value of the file back and the
 * value is a megabyte long: long unbroken runs are cut, then the whole line if still too long.
 */
function readable(line: string): string {
  const cut = line.replace(/\S{61,}/g, (run) => `${[...run].slice(0, 59).join('')}…`);
  return cut.length <= maxLineLength ? cut : `${[...cut].slice(0, maxLineLength - 1).join('')}…`;
}

/** "Where: what is wrong", or just what is wrong when it concerns the whole file. */
export function problemLine(problem: FileProblem): string {
  const where = describePath(problem.path);
  return readable(where === '' ? problem.message : `${where}: ${problem.message}`);
}

/** The problems as lines, without repeats, cut to a readable number. */
export function problemLines(problems: readonly FileProblem[]): string[] {
  const lines = [...new Set(problems.map(problemLine))];
  if (lines.length <= maxListedProblems) return lines;
  const more = lines.length - maxListedProblems;
  return [
    ...lines.slice(0, maxListedProblems),
    `…and ${more.toLocaleString('en')} more ${more === 1 ? 'problem' : 'problems'}.`,
  ];
}
