import { basename } from 'node:path';
import {
  checkFullBackup,
  fullBackupLimits,
  serializeFullBackup,
  type FullBackupCheck,
  type FullBackupFile,
} from '../../shared/backups/full-backup-file';
import { parseEngagementFileJson } from '../../shared/engagement-file/parse-json';
import { contentKinds } from '../crypto/content-kinds';
import { unprotect } from '../crypto/unprotect';
import {
  decodeEngagementFileText,
  protectedFileAllowance,
  readEngagementFileBytes,
  type FileBytesOutcome,
} from '../engagement-file/read-engagement-file';
import type { PendingKeys } from '../crypto/passphrase-envelope';
import { sealCheckedWithPassphrase } from '../engagement-file/seal-check';

const kind = 'a full backup';

/**
 * The one place a full backup file's bytes are made and read (docs/full-backup-file.md): the JSON
 * text, or, with a passphrase, the same text sealed in an envelope around it
 * (docs/encrypted-files.md), opened again before it is handed out to be written.
 */
export async function fullBackupBytes(
  backup: FullBackupFile,
  passphrase: string | PendingKeys | null,
): Promise<Uint8Array> {
  const text = new TextEncoder().encode(serializeFullBackup(backup));
  if (passphrase === null) return text;
  return sealCheckedWithPassphrase(text, passphrase, { contains: contentKinds.backup });
}

/** A full backup's bytes, plain or protected: its size checked before it is read. */
export function readFullBackupBytes(filePath: string): Promise<FileBytesOutcome> {
  return readEngagementFileBytes(filePath, {
    maxBytes: fullBackupLimits.maxBytes + protectedFileAllowance,
    kind,
  });
}

export type FullBackupOutcome =
  | FullBackupCheck
  /** The file is protected and needs its passphrase ('needed'), or the one given is wrong. */
  | { ok: false; problems: string[]; passphrase: 'needed' | 'wrong' };

/**
 * Checks a full backup's bytes: opened with the passphrase when protected, then its JSON and every
 * engagement in it. Nothing is written.
 */
export async function checkFullBackupBytes(
  bytes: Buffer,
  fileName: string,
  passphrase: string | null,
): Promise<FullBackupOutcome> {
  const content = await unprotect(bytes, fileName, contentKinds.backup, passphrase);
  if (!content.ok)
    return content.passphrase
      ? { ok: false, problems: [content.problem], passphrase: content.passphrase }
      : { ok: false, problems: [content.problem] };
  const text = decodeEngagementFileText(content.bytes, fileName, fullBackupLimits.maxBytes, kind);
  if (!text.ok) return { ok: false, problems: [text.problem] };
  const parsed = parseEngagementFileJson(text.text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  return checkFullBackup(parsed.value);
}

/** Reads and checks a plain full backup (a protected one asks for its passphrase). */
export async function readFullBackupFile(
  filePath: string,
  passphrase: string | null = null,
): Promise<FullBackupOutcome> {
  const read = await readFullBackupBytes(filePath);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  return checkFullBackupBytes(read.bytes, basename(filePath), passphrase);
}
