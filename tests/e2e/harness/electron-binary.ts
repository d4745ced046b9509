import {
  electronPackageDir,
  findElectronBinary,
} from '../../../build/scripts/electron/electron-binary';

/**
 * The Electron executable, found as `npm start` finds it (ELECTRON_EXEC_PATH, else the path.txt
 * Electron's installer writes), or null. Never requires 'electron', which would start a download.
 */
export function installedElectronBinary(): string | null {
  const lookup = findElectronBinary(electronPackageDir(), process.env);
  return lookup.found ? lookup.path : null;
}
