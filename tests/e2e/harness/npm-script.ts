import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '../../..');

export interface NpmRun {
  /** Resolves with the exit code once npm has finished. */
  finished: Promise<number | null>;
  /** Standard output and error so far, interleaved. */
  output(): string;
  /** Ends npm and everything it started (its process group), then waits for it. */
  stop(): Promise<void>;
}

/** The test's environment without the knobs that would change how Electron is found or run. */
export function npmEnvironment(overrides: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^(ELECTRON_|electron_config_|npm_config_electron_)/i.test(name)) delete env[name];
  }
  delete env.SESSION_STUDIO_OUT;
  return { ...env, ...overrides };
}

/** Runs `npm <args>` in the project, as a developer would type it, in a process group of its own. */
export function runNpm(args: string[], env: NodeJS.ProcessEnv): NpmRun {
  const child = spawn('npm', args, {
    cwd: projectRoot,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const finished = new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    finished,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // Already gone.
        }
      }
      await finished;
    },
  };
}
