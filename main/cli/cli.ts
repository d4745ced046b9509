import { runCli } from './run-cli';

// The command-line entry (out/main/cli.js): plain Node, no Electron. See run-cli.ts and usage.ts.
process.exitCode = await runCli(process.argv.slice(2));
