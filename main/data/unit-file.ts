import { z } from 'zod';
import { checksumOf } from './content-checksum';
import type { StoredTables } from './unit-state';

/**
 * One engagement's part of the safety copy at one moment, in one JSON file that is written once
 * and never changed: it is named by the SHA-256 of its text, so a copy manifest and any number of
 * backups can share it, and a read can tell it is exactly what was written.
 */
export const unitFileFormat = 'session-studio-safety-unit';

/** Tables as the safety copy stores them: the rows, and when each deleted key was deleted. */
export const storedTablesSchema = z.record(
  z.string(),
  z.object({
    rows: z.array(z.record(z.string(), z.unknown())),
    deleted: z.record(z.string(), z.number()),
  }),
);

const unitFileSchema = z.object({
  format: z.literal(unitFileFormat),
  version: z.literal(1),
  unit: z.string().min(1),
  savedAt: z.number(),
  /** The engagement-file version whose row shapes the rows have, for restoring them later. */
  rowsVersion: z.number().int().positive().default(1),
  tables: storedTablesSchema,
});

export interface UnitFile {
  unit: string;
  savedAt: number;
  rowsVersion: number;
  tables: StoredTables;
}

export interface SerializedUnit {
  text: string;
  checksum: string;
  bytes: number;
}

export function unitFileName(checksum: string): string {
  return `${checksum}.json`;
}

/** The checksum a unit file's name carries, or null for any other name. */
export function unitFileChecksum(name: string): string | null {
  return /^([0-9a-f]{64})\.json$/.exec(name)?.[1] ?? null;
}

export function serializeUnit(file: UnitFile): SerializedUnit {
  const text = JSON.stringify({ format: unitFileFormat, version: 1, ...file });
  return { text, checksum: checksumOf(text), bytes: Buffer.byteLength(text, 'utf8') };
}

/**
 * The unit in a file's text, or null when the text is not a complete, valid unit file or does not
 * match the checksum it was written with.
 */
export function parseUnit(text: string, checksum: string): UnitFile | null {
  if (checksumOf(text) !== checksum) return null;
  try {
    const parsed = unitFileSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return null;
    const { unit, savedAt, rowsVersion, tables } = parsed.data;
    return { unit, savedAt, rowsVersion, tables };
  } catch {
    return null;
  }
}
