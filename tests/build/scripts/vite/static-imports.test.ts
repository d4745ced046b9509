import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  staticImportClosure,
  staticImportsOf,
} from '../../../../build/scripts/vite/static-imports';

describe('a module’s static imports', () => {
  const folder = mkdtempSync(join(tmpdir(), 'static-imports-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    writeFileSync(join(folder, name), text);
    return join(folder, name);
  };

  it('keeps what runs and drops what the build erases or loads later', () => {
    for (const name of ['a.ts', 'b.ts', 'c.ts', 'd.ts', 'e.tsx']) write(name, 'export {};');
    const module = write(
      'module.ts',
      [
        "import type { A } from './a';",
        "import { type B } from './b';", // kept: verbatimModuleSyntax keeps the module's evaluation
        "import { c } from './c';",
        "export { d } from './d';",
        "import { Thing } from './e';",
        "import { z } from 'zod';",
        "const later = () => import('./a');",
        'export const value = [c, Thing, z, later];',
      ].join('\n'),
    );
    const { files, packages } = staticImportsOf(module);
    expect(files.map((file) => relative(folder, file)).sort()).toEqual([
      'b.ts',
      'c.ts',
      'd.ts',
      'e.tsx',
    ]);
    expect(packages).toEqual(['zod']);
  });
});

/**
 * The home's start runs renderer/src/start-app.tsx and every module it imports statically (the
 * startup chunk, build/scripts/vite/startup-chunk.ts). None of them may evaluate a schema of client
 * data: the database and its safety journal name their tables through shared/data/table-names.ts,
 * and rows are checked where they are written, imported or restored.
 */
describe('the start of the app', () => {
  const root = resolve('.');
  const closure = staticImportClosure('renderer/src/start-app.tsx');
  const modules = [...closure.keys()].map((path) => relative(root, path));

  it('is found through the app, the database and its journal', () => {
    for (const path of [
      'renderer/src/app/App.tsx',
      'renderer/src/db/database.ts',
      'renderer/src/db/safety/journal-middleware.ts',
      'shared/data/table-names.ts',
    ])
      expect(modules).toContain(path);
  });

  it('leaves out the tables’ schemas and the schemas of client data', () => {
    expect(modules).not.toContain('shared/data/tables.ts');
    expect(modules).not.toContain('shared/domain/engagement.ts');
    const withZod = [...closure]
      .filter(([, imports]) => imports.packages.some((name) => name.startsWith('zod')))
      .map(([path]) => relative(root, path))
      .sort();
    // The start checks main's replies (result.ts) and the menu's messages (shell-schemas.ts) with
    // zod: process boundaries. Client data's schemas load with the first write, import or restore.
    expect(withZod).toEqual(['shared/ipc/result.ts', 'shared/ipc/shell-schemas.ts']);
  });
});
