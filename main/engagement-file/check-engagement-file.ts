import type { EngagementFile } from '../../shared/engagement-file/format';
import { parseEngagementFileJson } from '../../shared/engagement-file/parse-json';
import { validateEngagementFile } from '../../shared/engagement-file/validate';
import { readEngagementFileText } from './read-engagement-file';

export type EngagementFileOutcome =
  | { ok: true; file: EngagementFile }
  /** Each problem is a line for the consultant. */
  | { ok: false; problems: string[] };

/**
 * Reads an engagement file from disk and checks it as an import does: its size before a byte is
 * read, then its JSON, then its format, version, rows and references. Nothing is written.
 */
export async function readAndCheckEngagementFile(filePath: string): Promise<EngagementFileOutcome> {
  const read = await readEngagementFileText(filePath);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const parsed = parseEngagementFileJson(read.text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  return validateEngagementFile(parsed.value);
}
