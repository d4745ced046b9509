import { spawn } from 'node:child_process';
import { join } from 'node:path';

const projectRoot = join(import.meta.dirname, '../..');

/**
 * Runs a probe (a module of this folder) in a Node process of its own and returns the JSON it
 * prints: drawing charts loads the chart machinery for the life of a process, which the
 * benchmark's browser driver should not share, and each probe starts as cold as the app does.
 * The chart components need the charts' own compiler settings (the JSX runtime).
 */
export function runProbe<T>(probe: string, args: readonly string[] = []): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, probe), ...args],
      {
        cwd: projectRoot,
        env: {
          ...process.env,
          TSX_TSCONFIG_PATH: join(projectRoot, 'shared/charts/tsconfig.json'),
          // React's production build, as bundled into the app's main and document worker.
          NODE_ENV: 'production',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`The probe ${probe} failed (${code}): ${stderr}`));
      else resolve(JSON.parse(stdout) as T);
    });
  });
}
