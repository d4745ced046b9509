import { z } from 'zod';
import type { SnapshotTables } from './safety-state';

/**
 * A snapshot is the whole safety copy at one moment, in one JSON file written atomically. The
 * current one (safety/snapshot.json) is where replay starts; copies of it are the backups.
 */
export const snapshotFormat = 'session-studio-safety-snapshot';

const snapshotFileSchema = z.object({
  format: z.literal(snapshotFormat),
  version: z.literal(1),
  takenAt: z.number(),
  tables: z.record(
    z.string(),
    z.object({
      rows: z.array(z.record(z.string(), z.unknown())),
      deleted: z.record(z.string(), z.number()),
    }),
  ),
});

export interface Snapshot {
  takenAt: number;
  tables: SnapshotTables;
}

export function serializeSnapshot(snapshot: Snapshot): string {
  return JSON.stringify({ format: snapshotFormat, version: 1, ...snapshot });
}

/** The snapshot in a file's text, or null when the text is not a complete, valid snapshot. */
export function parseSnapshot(text: string): Snapshot | null {
  try {
    const parsed = snapshotFileSchema.safeParse(JSON.parse(text));
    return parsed.success ? { takenAt: parsed.data.takenAt, tables: parsed.data.tables } : null;
  } catch {
    return null;
  }
}
