import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { commandLineBundle, runCodeCachedBundle } from './code-cached-bundle';

// A command runs for a second or two: V8's optimising compiler (TurboFan) spent a quarter of the
// plan command's CPU time compiling code, on threads of its own, that the command was done with
// by the time it was ready (Linux perf, cpu-clock). Stopping at Sparkplug's baseline code, which
// compiles as it runs, made the plan 20–25% less CPU time and a fifth less memory, the long
// 70-page plan too. Set before the bundle is compiled, so its code cache is made and checked
// under the same flags.
setFlagsFromString('--max-opt=1');

// The command-line entry (out/main/cli.js): plain Node, no Electron. It runs run-cli.ts and all it
// needs, bundled by the build into one file beside it, with V8's code cache (code-cached-bundle.ts).
const bundle = join(dirname(fileURLToPath(import.meta.url)), commandLineBundle);
process.exitCode = (await runCodeCachedBundle(bundle, process.argv.slice(2))).exitCode;
