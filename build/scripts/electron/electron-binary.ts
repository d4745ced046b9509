import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The folder of the installed `electron` npm package (its binary is fetched into `dist/`). */
export function electronPackageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
}

export function electronVersion(packageDir: string): string {
  return (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string })
    .version;
}

export type BinaryLookup =
  | { found: true; path: string }
  | { found: false; reason: 'not-installed' }
  | { found: false; reason: 'exec-path-missing'; path: string };

/**
 * Where the Electron binary is, looked up as electron-vite does: ELECTRON_EXEC_PATH when set, else
 * the path Electron's installer wrote to `path.txt`, inside the package's `dist/`. Never requires
 * 'electron', which would start a download.
 */
export function findElectronBinary(
  packageDir: string,
  env: NodeJS.ProcessEnv,
  exists: (path: string) => boolean = existsSync,
): BinaryLookup {
  const execPath = env.ELECTRON_EXEC_PATH?.trim();
  if (execPath) {
    return exists(execPath)
      ? { found: true, path: execPath }
      : { found: false, reason: 'exec-path-missing', path: execPath };
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!exists(pathFile)) return { found: false, reason: 'not-installed' };
  const relative = readFileSync(pathFile, 'utf8').trim();
  const binary = join(packageDir, 'dist', relative);
  return relative !== '' && exists(binary)
    ? { found: true, path: binary }
    : { found: false, reason: 'not-installed' };
}
