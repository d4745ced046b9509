import { engagementFileSchema } from './file-schema';
import {
  childTableNames,
  engagementFileFormat,
  engagementFileVersion,
  isChildTableName,
  type EngagementFile,
} from './format';
import { fileIssueMessage } from './issue-words';
import { problemLines, type FileProblem } from './problems';
import { prototypeKeyPaths } from './prototype-keys';
import { quoted } from './quoted';
import { upgradeFile } from './upgrade';

export type EngagementFileCheck =
  | { ok: true; file: EngagementFile }
  /** Readable lines, "where: what is wrong", the first ones first. */
  | { ok: false; problems: string[] };

const notAnEngagementFile =
  'This is not a Session Studio engagement file (it does not say “format”: “session-studio-engagement”).';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every problem found, each with its place in the file (the command line lists them all). */
export type EngagementFileFindings =
  { ok: true; file: EngagementFile } | { ok: false; problems: FileProblem[] };

function refused(problems: readonly FileProblem[]): EngagementFileFindings {
  return { ok: false, problems: [...problems] };
}

/**
 * Checks anything that claims to be an engagement file (parsed JSON) before a single row is
 * written: the format, the version (older ones upgraded, newer ones refused), every row against its
 * table's schema, fields and tables this version does not know, and the references between rows.
 */
export function validateEngagementFile(input: unknown): EngagementFileCheck {
  const findings = findEngagementFileProblems(input);
  return findings.ok ? findings : { ok: false, problems: problemLines(findings.problems) };
}

/** What validateEngagementFile checks, with every problem and its path rather than lines. */
export function findEngagementFileProblems(input: unknown): EngagementFileFindings {
  if (!isObject(input) || input.format !== engagementFileFormat)
    return refused([{ path: [], message: notAnEngagementFile }]);
  const { version } = input;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return refused([{ path: ['version'], message: 'The file has no valid version number.' }]);
  if (version > engagementFileVersion)
    return refused([
      {
        path: [],
        message: `This engagement file was written by a newer Session Studio (file version ${version}); this one reads files up to version ${engagementFileVersion}. Update Session Studio on this laptop to import it.`,
      },
    ]);
  const prototypeKeys = prototypeKeyPaths(input);
  if (prototypeKeys.length > 0)
    return refused(
      prototypeKeys.map((path) => ({
        path,
        message: '“__proto__” is not a field Session Studio knows; the file was edited.',
      })),
    );
  const upgraded = upgradeFile(input, version);
  if (!upgraded.ok) return refused([{ path: [], message: upgraded.problem }]);

  const unknownTables = isObject(upgraded.file.tables)
    ? Object.keys(upgraded.file.tables).filter((name) => !isChildTableName(name))
    : [];
  if (unknownTables.length > 0)
    return refused(
      unknownTables.map((name) => ({
        path: ['tables'],
        message: `${quoted(name)} is not a table Session Studio knows (it knows ${childTableNames.length} tables, such as sessions and agendaItems).`,
      })),
    );

  // Checked once per file: zod's compiled fast path costs more to compile than it saves here.
  const parsed = engagementFileSchema.safeParse(upgraded.file, {
    error: fileIssueMessage,
    jitless: true,
  });
  if (!parsed.success) return refused(parsed.error.issues);
  const unknown = unknownFields(upgraded.file, parsed.data);
  if (unknown.length > 0) return refused(unknown);
  return { ok: true, file: parsed.data };
}

/**
 * Fields the schema dropped, at any depth (a row's own fields, a link's inside it): a file of
 * this version never has them, so the file was edited, and importing it would lose them silently.
 */
function unknownFields(input: Record<string, unknown>, file: EngagementFile): FileProblem[] {
  const problems: FileProblem[] = [];
  const compare = (given: unknown, kept: unknown, path: PropertyKey[]) => {
    if (Array.isArray(given) && Array.isArray(kept)) {
      given.forEach((item, index) => compare(item, kept[index], [...path, index]));
      return;
    }
    if (!isObject(given) || !isObject(kept)) return;
    for (const key of Object.keys(given)) {
      if (!Object.hasOwn(kept, key))
        problems.push({ path, message: `${quoted(key)} is not a field Session Studio knows.` });
      else compare(given[key], kept[key], [...path, key]);
    }
  };
  compare(input, file, []);
  return problems;
}
