import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandLineBundle, runCodeCachedBundle } from './code-cached-bundle';

// The command-line entry (out/main/cli.js): plain Node, no Electron. It runs run-cli.ts and all it
// needs, bundled by the build into one file beside it, with V8's code cache (code-cached-bundle.ts).
const bundle = join(dirname(fileURLToPath(import.meta.url)), commandLineBundle);
process.exitCode = (await runCodeCachedBundle(bundle, process.argv.slice(2))).exitCode;
