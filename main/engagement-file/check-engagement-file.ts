import { basename } from 'node:path';
import type { EngagementFile } from '../../shared/engagement-file/format';
import { parseEngagementFileJson } from '../../shared/engagement-file/parse-json';
import { validateEngagementFile } from '../../shared/engagement-file/validate';
import { contentKinds } from '../crypto/content-kinds';
import { unprotect } from '../crypto/unprotect';
import { decodeEngagementFileText, readEngagementFileBytes } from './read-engagement-file';

export type EngagementFileOutcome =
  | { ok: true; file: EngagementFile; protectedFile: boolean }
  /**
   * Each problem is a line for the consultant. `passphrase`: the file is protected and needs one
   * ('needed'), or the one given does not open it ('wrong').
   */
  | { ok: false; problems: string[]; passphrase?: 'needed' | 'wrong' };

/**
 * Checks an engagement file's bytes as an import does: opened with the passphrase when it is
 * protected, then its JSON, format, version, rows and references. Nothing is written.
 */
export async function checkEngagementFileBytes(
  bytes: Buffer,
  fileName: string,
  passphrase: string | null,
): Promise<EngagementFileOutcome> {
  const content = await unprotect(bytes, fileName, contentKinds.engagement, passphrase);
  if (!content.ok)
    return {
      ok: false,
      problems: [content.problem],
      ...(content.passphrase && { passphrase: content.passphrase }),
    };
  const text = decodeEngagementFileText(content.bytes, fileName);
  if (!text.ok) return { ok: false, problems: [text.problem] };
  const parsed = parseEngagementFileJson(text.text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const checked = validateEngagementFile(parsed.value);
  return checked.ok ? { ...checked, protectedFile: content.protectedFile } : checked;
}

/**
 * Reads an engagement file from disk and checks it: its size before a byte is read, then all
 * that checkEngagementFileBytes checks. Nothing is written.
 */
export async function readAndCheckEngagementFile(
  filePath: string,
  passphrase: string | null = null,
): Promise<EngagementFileOutcome> {
  const read = await readEngagementFileBytes(filePath);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  return checkEngagementFileBytes(read.bytes, basename(filePath), passphrase);
}
