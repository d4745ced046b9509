import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh, empty folder for one test's files. */
export function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), 'session-studio-files-'));
}

/** Every entry of a folder, hidden temporary files included. */
export function entriesOf(folder: string): string[] {
  return readdirSync(folder).sort();
}
