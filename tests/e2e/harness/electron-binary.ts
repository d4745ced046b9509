import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const electronPackage = join(import.meta.dirname, '../../../node_modules/electron');

/**
 * The Electron executable npm installed, or null. Read from the package's path.txt and dist/
 * rather than by requiring 'electron', which would try to download a missing binary.
 */
export function installedElectronBinary(): string | null {
  const pathFile = join(electronPackage, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distFolder = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronPackage, 'dist');
  const binary = join(distFolder, relative);
  return relative !== '' && existsSync(binary) ? binary : null;
}
