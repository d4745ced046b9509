import { findElectronBinary } from './electron-binary';

/** Runs Electron's own installer (`install-electron`); resolves with its exit code and output. */
export type RunInstaller = () => Promise<{ exitCode: number; output: string }>;

export type FetchOutcome = { ok: true; path: string } | { ok: false; message: string };

export interface FetchOptions {
  packageDir: string;
  version: string;
  env: NodeJS.ProcessEnv;
  runInstaller: RunInstaller;
  /** What to run again, as the consultant or developer typed it (`npm start`). */
  retryCommand: string;
  log: (line: string) => void;
}

/** The npm command that ran this script, for the retry advice; the script name alone otherwise. */
export function retryCommandFor(lifecycleEvent: string | undefined): string {
  if (!lifecycleEvent) return 'the same command';
  return lifecycleEvent === 'start' || lifecycleEvent === 'test'
    ? `npm ${lifecycleEvent}`
    : `npm run ${lifecycleEvent}`;
}

/** The installer's reason in a few words: its first error line, without the error's class name. */
export function installerReason(output: string): string {
  const line = output
    .split(/\r?\n/)
    .map((text) => text.trim())
    .find((text) => text !== '' && !text.startsWith('at '));
  if (!line) return 'no reason given';
  return line.replace(/^[A-Za-z]*Error:\s*/, '');
}

/**
 * Makes sure Electron's binary is there before the app is started or packed: finds it, or fetches
 * it with Electron's own installer. Electron 45 no longer downloads at `npm install`, and
 * electron-vite only reads `path.txt` ("Electron uninstall" when it is missing), so without this a
 * fresh clone cannot start. A failed download ends in one sentence that says how to retry.
 */
export async function ensureElectronBinary(options: FetchOptions): Promise<FetchOutcome> {
  const { packageDir, version, env, runInstaller, retryCommand, log } = options;
  const before = findElectronBinary(packageDir, env);
  if (before.found) return { ok: true, path: before.path };
  if (before.reason === 'exec-path-missing') {
    return {
      ok: false,
      message:
        `ELECTRON_EXEC_PATH is set to ${before.path}, which does not exist; point it at an ` +
        `Electron ${version} binary or unset it, then run \`${retryCommand}\` again.`,
    };
  }
  log(`Electron's binary is not installed yet: downloading Electron ${version} (once)…`);
  const result = await runInstaller();
  if (result.exitCode !== 0) {
    return {
      ok: false,
      message:
        `Electron's binary is not installed and could not be downloaded ` +
        `(${installerReason(result.output)}); connect this computer to the network and run ` +
        `\`${retryCommand}\` again.`,
    };
  }
  const after = findElectronBinary(packageDir, env);
  if (after.found) return { ok: true, path: after.path };
  return {
    ok: false,
    message:
      `Electron's installer finished but left no binary in ${packageDir}; delete ` +
      `node_modules/electron, run \`npm install\`, then \`${retryCommand}\` again.`,
  };
}
