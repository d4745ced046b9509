import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolder } from '../../main/files/temp-folder';

/** What the stand-in was started with, as electron-vite starts Electron. */
export interface StandInLaunch {
  args: string[];
  cwd: string;
  /** The app entry it was given, resolved as Electron would (package.json's main for "."). */
  entry: string;
  entryExists: boolean;
  rendererUrl: string | null;
}

export interface ElectronStandIn {
  /** An executable to hand to ELECTRON_EXEC_PATH. */
  path: string;
  /** The launch, once the stand-in has started; null before. */
  launch(): StandInLaunch | null;
}

/**
 * A stand-in for the Electron binary, which cannot be downloaded on every machine: a Node script
 * that records how it was launched, then exits (or, with `stayOpen`, runs until it is killed, as
 * an app window would under `npm run dev`).
 */
export function electronStandIn({
  stayOpen = false,
}: { stayOpen?: boolean } = {}): ElectronStandIn {
  const folder = tempFolder();
  const path = join(folder, 'electron');
  const record = join(folder, 'launch.json');
  writeFileSync(
    path,
    `#!${process.execPath}
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { resolve } = require('node:path');
const args = process.argv.slice(2);
const given = resolve(args[0] ?? '.');
const entry = existsSync(resolve(given, 'package.json'))
  ? resolve(given, JSON.parse(readFileSync(resolve(given, 'package.json'), 'utf8')).main)
  : given;
writeFileSync(${JSON.stringify(record)}, JSON.stringify({
  args, cwd: process.cwd(), entry, entryExists: existsSync(entry),
  rendererUrl: process.env.ELECTRON_RENDERER_URL ?? null,
}));
${stayOpen ? 'setInterval(() => {}, 1000);' : ''}
`,
  );
  chmodSync(path, 0o755);
  return {
    path,
    launch: () =>
      existsSync(record) ? (JSON.parse(readFileSync(record, 'utf8')) as StandInLaunch) : null,
  };
}
