import { z } from 'zod';
import { backupReasons, type BackupReason } from '../../shared/backups/backup-reasons';
import { manifestChecksum } from './content-checksum';

/**
 * A manifest names, for each engagement (unit), the unit file that holds it and what that file
 * holds. The safety copy's current one is copy.json; each automatic backup is one more manifest.
 * Both carry a checksum of their content, checked on every read.
 */
export const unitEntrySchema = z.object({
  /** SHA-256 of the unit file, which is also its name (<checksum>.json). */
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
  deleted: z.number().int().nonnegative(),
  digest: z.string(),
  label: z.object({ clientName: z.string(), title: z.string(), deletedAt: z.number() }).nullable(),
});
export type UnitEntry = z.infer<typeof unitEntrySchema>;
export type UnitEntries = Record<string, UnitEntry>;

export const copyManifestFormat = 'session-studio-safety-copy';

const copyManifestSchema = z.object({
  format: z.literal(copyManifestFormat),
  version: z.literal(2),
  savedAt: z.number(),
  /** The first journal generation not folded into the unit files: replayed at load. */
  journal: z.number().int().positive(),
  units: z.record(z.string(), unitEntrySchema),
  checksum: z.string(),
});

export interface CopyManifest {
  savedAt: number;
  journal: number;
  units: UnitEntries;
}

export type { BackupReason };

export const backupManifestFormat = 'session-studio-backup';

const backupManifestSchema = z.object({
  format: z.literal(backupManifestFormat),
  version: z.literal(1),
  takenAt: z.number(),
  reason: z.enum(backupReasons),
  units: z.record(z.string(), unitEntrySchema),
  checksum: z.string(),
});

export interface BackupManifest {
  takenAt: number;
  reason: BackupReason;
  units: UnitEntries;
}

function withChecksum(content: Record<string, unknown>): string {
  return JSON.stringify({ ...content, checksum: manifestChecksum(content) });
}

function parseChecked<T extends { checksum: string }>(schema: z.ZodType<T>, text: string) {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    if (!parsed.success) return null;
    return manifestChecksum(parsed.data as Record<string, unknown>) === parsed.data.checksum
      ? parsed.data
      : null;
  } catch {
    return null;
  }
}

export function serializeCopyManifest(manifest: CopyManifest): string {
  return withChecksum({ format: copyManifestFormat, version: 2, ...manifest });
}

/** The manifest in a file's text, or null when it is incomplete, invalid or fails its checksum. */
export function parseCopyManifest(text: string): CopyManifest | null {
  const parsed = parseChecked(copyManifestSchema, text);
  return parsed ? { savedAt: parsed.savedAt, journal: parsed.journal, units: parsed.units } : null;
}

export function serializeBackupManifest(manifest: BackupManifest): string {
  return withChecksum({ format: backupManifestFormat, version: 1, ...manifest });
}

export function parseBackupManifest(text: string): BackupManifest | null {
  const parsed = parseChecked(backupManifestSchema, text);
  return parsed ? { takenAt: parsed.takenAt, reason: parsed.reason, units: parsed.units } : null;
}
