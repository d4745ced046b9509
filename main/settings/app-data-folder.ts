import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the platform keeps applications' data, as Electron's app.getPath('appData') finds it,
 * for the command line, which runs without Electron but reads the app's settings from the same
 * user-data folder.
 */
export function appDataFolder(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return env.APPDATA || join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || join(home, '.config');
}
