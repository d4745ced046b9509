#!/usr/bin/env node
// `npx session-studio …` in the project folder: runs the command line that `npm run build` made
// (out/main/cli.js, or the folder named by SESSION_STUDIO_OUT). See the README's "Command line".
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const project = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(project, process.env.SESSION_STUDIO_OUT ?? 'out', 'main', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write(
    `session-studio: the command line is not built yet (no ${cli}). Run \`npm run build\` in ${project} first.\n`,
  );
  process.exit(1);
}
await import(pathToFileURL(cli).href);
