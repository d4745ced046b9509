import {
  checkFullBackup,
  fullBackupLimits,
  serializeFullBackup,
  type FullBackupCheck,
  type FullBackupFile,
} from '../../shared/backups/full-backup-file';
import { parseEngagementFileJson } from '../../shared/engagement-file/parse-json';
import { readEngagementFileText } from '../engagement-file/read-engagement-file';
import { writeFileAtomic } from '../files/atomic-write';

/**
 * The one place a full backup file is written and read (docs/full-backup-file.md): the bytes on
 * disk are the JSON text, or, with a passphrase, the same text sealed in an envelope around it.
 */
export async function writeFullBackupFile(
  filePath: string,
  backup: FullBackupFile,
  writeFile: (filePath: string, data: Uint8Array) => Promise<void> = writeFileAtomic,
): Promise<void> {
  await writeFile(filePath, new TextEncoder().encode(serializeFullBackup(backup)));
}

/** Reads and checks a full backup: its size before it is read, its JSON, every engagement in it. */
export async function readFullBackupFile(filePath: string): Promise<FullBackupCheck> {
  const read = await readEngagementFileText(filePath, {
    maxBytes: fullBackupLimits.maxBytes,
    kind: 'a full backup',
  });
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const parsed = parseEngagementFileJson(read.text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  return checkFullBackup(parsed.value);
}
