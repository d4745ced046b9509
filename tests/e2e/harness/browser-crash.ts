import type { BrowserContext } from '@playwright/test';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where Chromium keeps the app's IndexedDB inside a harness profile. */
export function indexedDbFolder(profileDir: string): string {
  return join(profileDir, 'chromium', 'Default', 'IndexedDB');
}

/** Every process's parent, group and command line, from /proc (Linux). */
function processes(): { pid: number; parent: number; group: number; args: string[] }[] {
  const found = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name in stat is in parentheses and may hold spaces: read after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const [, , parent, group] = stat.slice(stat.lastIndexOf(')') + 1).split(' ');
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      found.push({ pid: Number(name), parent: Number(parent), group: Number(group), args });
    } catch {
      // The process ended while being read.
    }
  }
  return found;
}

/**
 * Kills the browser the way a crash or a forced quit does: SIGKILL to the whole process tree, no
 * chance to flush anything. A persistent context's main Chromium process is the leader of its own
 * process group, a child of this test process, and the only one whose arguments name this
 * profile's --user-data-dir without a --type=.
 */
export async function killBrowser(context: BrowserContext, profileDir: string): Promise<void> {
  const userDataDir = `--user-data-dir=${join(profileDir, 'chromium')}`;
  const browser = processes().find(
    (candidate) =>
      candidate.parent === process.pid &&
      candidate.pid === candidate.group &&
      candidate.args.includes(userDataDir) &&
      !candidate.args.some((arg) => arg.startsWith('--type=')),
  );
  if (!browser) throw new Error(`No Chromium process found for ${profileDir}.`);
  const closed = new Promise((resolve) => context.once('close', resolve));
  process.kill(-browser.pid, 'SIGKILL');
  await closed;
}

/**
 * Chromium's crash reporter outlives a killed browser (it is not in the browser's process group):
 * ends the ones this profile started, found by the profile's folder in their arguments, so a loop
 * of kills does not leave hundreds behind.
 */
export function endCrashReporters(profileDir: string): void {
  for (const candidate of processes()) {
    const [command = ''] = candidate.args;
    if (!command.endsWith('chrome_crashpad_handler')) continue;
    if (!candidate.args.some((arg) => arg.startsWith('--database=') && arg.includes(profileDir)))
      continue;
    try {
      process.kill(candidate.pid, 'SIGKILL');
    } catch {
      // It ended by itself meanwhile.
    }
  }
}

/** The local database is gone, as when Chromium deletes a store it finds corrupted. */
export function loseLocalDatabase(profileDir: string): void {
  rmSync(indexedDbFolder(profileDir), { recursive: true, force: true });
}

/** Overwrites every file of the local database's LevelDB stores with garbage. */
export function corruptLocalDatabase(profileDir: string): number {
  let damaged = 0;
  const visit = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (name !== 'LOCK') {
        writeFileSync(path, Buffer.alloc(Math.max(64, statSync(path).size), 0x5a));
        damaged += 1;
      }
    }
  };
  visit(indexedDbFolder(profileDir));
  return damaged;
}
