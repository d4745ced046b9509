import { join } from 'node:path';

/**
 * Where the safety copy lives in the user-data folder:
 *   safety/copy.json                  the manifest: each engagement's unit file and digest, and
 *                                     the first journal not yet folded into them
 *   safety/units/<sha-256>.json       one engagement's rows and deletions; never rewritten, named
 *                                     by the checksum of its contents, shared with the backups
 *   safety/journal-<n>.ndjson         changes since the manifest, one fsynced JSON line per batch
 *   safety/backups/backup-<time>.json automatic backups: manifests of unit files, with a checksum
 *   safety/marker.json                when client data was first kept on this laptop
 *   safety/legacy-layout-<time>/      the copy as an earlier version kept it, set aside before it
 *                                     was converted, and removed after the backups' 14 days
 */
export interface SafetyPaths {
  folder: string;
  manifest: string;
  units: string;
  backups: string;
  marker: string;
  journal(generation: number): string;
  unit(fileName: string): string;
  backup(fileName: string): string;
}

export function safetyPaths(userDataPath: string): SafetyPaths {
  const folder = join(userDataPath, 'safety');
  const units = join(folder, 'units');
  const backups = join(folder, 'backups');
  return {
    folder,
    manifest: join(folder, 'copy.json'),
    units,
    backups,
    marker: join(folder, 'marker.json'),
    journal: (generation) => join(folder, journalFileName(generation)),
    unit: (fileName) => join(units, fileName),
    backup: (fileName) => join(backups, fileName),
  };
}

export function journalFileName(generation: number): string {
  return `journal-${generation}.ndjson`;
}

/** The generation of a journal file's name, or null for any other name. */
export function journalGeneration(name: string): number | null {
  const match = /^journal-(\d+)\.ndjson$/.exec(name);
  return match ? Number(match[1]) : null;
}
