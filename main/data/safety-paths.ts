import { join } from 'node:path';

/**
 * Where the safety copy lives in the user-data folder:
 *   safety/journal.ndjson   every change since the snapshot, one fsynced JSON line per batch
 *   safety/snapshot.json    the whole copy when the journal was last folded in
 *   safety/marker.json      when client data was first kept on this laptop
 *   safety/backups/         earlier snapshots, rotated
 */
export interface SafetyPaths {
  folder: string;
  journal: string;
  snapshot: string;
  marker: string;
  backups: string;
}

export function safetyPaths(userDataPath: string): SafetyPaths {
  const folder = join(userDataPath, 'safety');
  return {
    folder,
    journal: join(folder, 'journal.ndjson'),
    snapshot: join(folder, 'snapshot.json'),
    marker: join(folder, 'marker.json'),
    backups: join(folder, 'backups'),
  };
}
