import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { appSources, scanAppSources } from './electronegativity-scan';
import { judge, suppressionsIn, type SourceFile } from './security-gate';

// `npm run test:security`, part of `npm test`: Electronegativity over the app's sources. Its
// command line exits 0 whatever it finds, so the gate reads its report and fails on any finding
// of medium severity or above, on a file it could not read, and on a suppression without a reason.

const root = join(import.meta.dirname, '../../..');

function sourceFiles(path: string): SourceFile[] {
  if (statSync(path).isDirectory()) {
    return readdirSync(path).flatMap((name) => sourceFiles(join(path, name)));
  }
  return /\.(ts|tsx|js|html)$/.test(path)
    ? [{ path: relative(root, path), text: readFileSync(path, 'utf8') }]
    : [];
}

const report = await scanAppSources(root);
const verdict = judge(
  report,
  suppressionsIn(appSources.flatMap((source) => sourceFiles(join(root, source)))),
);
for (const line of verdict.lines) (verdict.passed ? console.log : console.error)(line);
if (!verdict.passed) process.exitCode = 1;
