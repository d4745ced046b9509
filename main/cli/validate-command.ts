import { basename } from 'node:path';
import { childTableNames, type EngagementFile } from '../../shared/engagement-file/format';
import { locateJsonPaths } from '../../shared/engagement-file/json-locations';
import { parseEngagementFileJson } from '../../shared/engagement-file/parse-json';
import { problemLine, type FileProblem } from '../../shared/engagement-file/problems';
import { findEngagementFileProblems } from '../../shared/engagement-file/validate';
import { contentKinds } from '../crypto/content-kinds';
import { unprotect } from '../crypto/unprotect';
import {
  decodeEngagementFileText,
  readEngagementFileBytes,
} from '../engagement-file/read-engagement-file';
import type { ValidateCommandArguments } from './cli-arguments';
import { CliError } from './cli-error';
import { mustBeAFile } from './cli-files';
import { passphraseFrom, passphraseProblem } from './passphrase-file';

export interface ValidationReport {
  valid: boolean;
  /** What to print, one line each: the verdict, then every problem at its place. */
  lines: string[];
}

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

function validReport(name: string, file: EngagementFile, readVersion: unknown, sealed: boolean) {
  const rows = 1 + childTableNames.reduce((sum, table) => sum + file.tables[table].length, 0);
  const version =
    readVersion === file.version
      ? `format version ${file.version}`
      : `format version ${String(readVersion)}, read as version ${file.version}`;
  const how = sealed ? `${version}, protected with a passphrase` : version;
  const { clientName, title } = file.engagement;
  return {
    valid: true,
    lines: [
      `${name} is a valid engagement file (${how}): ${clientName} — ${title}, ${plural(file.tables.sessions.length, 'session', 'sessions')}, ${plural(rows, 'row', 'rows')} in all.`,
    ],
  };
}

function invalidReport(name: string, problems: readonly string[]): ValidationReport {
  return {
    valid: false,
    lines: [
      `${name} is not a valid engagement file: ${plural(problems.length, 'problem', 'problems')}.`,
      ...problems,
    ],
  };
}

/** "acme.sessionstudio:12:7: sessions, row 2, title: …", as editors and terminals link them. */
function placedProblems(name: string, text: string, problems: readonly FileProblem[]): string[] {
  const places = locateJsonPaths(
    text,
    problems.map((problem) => problem.path),
  );
  const lines = problems.map((problem, index) => {
    const { line, column } = places[index] as { line: number; column: number };
    return `${name}:${line}:${column}: ${problemLine(problem)}`;
  });
  return [...new Set(lines)];
}

/**
 * Checks an engagement file as an import would and lists every problem with its place in the
 * file (not only the first twenty an import shows). Valid only when nothing is wrong.
 */
export async function validateFile({
  filePath,
  passphraseFile,
}: ValidateCommandArguments): Promise<ValidationReport> {
  await mustBeAFile(filePath);
  const passphrase = await passphraseFrom(passphraseFile);
  const name = basename(filePath);
  const read = await readEngagementFileBytes(filePath);
  if (!read.ok) return invalidReport(name, [`${name}: ${read.problem}`]);
  const content = await unprotect(read.bytes, name, contentKinds.engagement, passphrase);
  if (!content.ok) {
    if (content.passphrase)
      throw new CliError(passphraseProblem(content.passphrase, filePath, passphraseFile));
    return invalidReport(name, [`${name}: ${content.problem}`]);
  }
  const text = decodeEngagementFileText(content.bytes, name);
  if (!text.ok) return invalidReport(name, [`${name}: ${text.problem}`]);
  const parsed = parseEngagementFileJson(text.text);
  if (!parsed.ok) return invalidReport(name, [`${name}: ${parsed.problem}`]);
  const findings = findEngagementFileProblems(parsed.value);
  if (!findings.ok) return invalidReport(name, placedProblems(name, text.text, findings.problems));
  const readVersion = (parsed.value as { version?: unknown }).version;
  return validReport(name, findings.file, readVersion, content.protectedFile);
}
