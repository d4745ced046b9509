/** Where in the file a problem is, and what is wrong there. */
export interface FileProblem {
  path: readonly PropertyKey[];
  message: string;
}

/** At most this many problems are listed; a damaged file can have thousands. */
export const maxListedProblems = 20;

/** "sessions, row 2, title" for tables.sessions[1].title; "engagement, clientName"; "version". */
export function describePath(path: readonly PropertyKey[]): string {
  const parts = path.map((part) => (typeof part === 'symbol' ? String(part.description) : part));
  const [first, table, row, ...rest] = parts;
  if (first === 'tables' && typeof table === 'string') {
    if (typeof row !== 'number') return [table, ...parts.slice(2)].join(' › ');
    return [`${table}, row ${row + 1}`, ...(rest.length > 0 ? [rest.join(' › ')] : [])].join(', ');
  }
  if (first === 'engagement' && parts.length > 1)
    return `engagement, ${parts.slice(1).join(' › ')}`;
  return parts.join(' › ');
}

/** "Where: what is wrong", or just what is wrong when it concerns the whole file. */
export function problemLine(problem: FileProblem): string {
  const where = describePath(problem.path);
  return where === '' ? problem.message : `${where}: ${problem.message}`;
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
