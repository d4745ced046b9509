import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { electronPackageDir, electronVersion } from './electron-binary';
import { ensureElectronBinary, retryCommandFor, type RunInstaller } from './fetch-electron-binary';

// `npm start`, `npm run dev` and `npm run dist` run this first: the Electron binary is found, or
// fetched with Electron's own installer, or the command stops here with one sentence on stderr.

const packageDir = electronPackageDir();

const runInstaller: RunInstaller = () =>
  new Promise((resolve) => {
    // The installer's own output is kept for the reason; its stack trace is not for the user.
    const child = spawn(process.execPath, [join(packageDir, 'install.js')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ exitCode: 1, output: error.message }));
    child.on('close', (code) => resolve({ exitCode: code ?? 1, output }));
  });

const outcome = await ensureElectronBinary({
  packageDir,
  version: electronVersion(packageDir),
  env: process.env,
  runInstaller,
  retryCommand: retryCommandFor(process.env.npm_lifecycle_event),
  log: (line) => console.log(line),
});
if (!outcome.ok) {
  console.error(outcome.message);
  process.exitCode = 1;
}
