import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

/** What one source module imports at run time: the app's own files, and packages by name. */
export interface ModuleImports {
  files: string[];
  packages: string[];
}

const extensions = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolveFile(from: string, specifier: string): string | null {
  for (const extension of extensions) {
    const path = resolve(dirname(from), specifier + extension);
    if (existsSync(path) && !path.endsWith('/')) return path;
  }
  return null;
}

/**
 * A module's static imports as the bundler sees them: the source compiled as the build compiles
 * it (verbatimModuleSyntax: `import type` is erased, every other import kept), then its import and
 * re-export statements read. Dynamic import() is left out, as the bundler leaves it to its own chunk.
 */
export function staticImportsOf(path: string): ModuleImports {
  const { outputText } = ts.transpileModule(readFileSync(path, 'utf8'), {
    fileName: path,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      jsx: ts.JsxEmit.Preserve,
      verbatimModuleSyntax: true,
    },
  });
  const files: string[] = [];
  const packages: string[] = [];
  const source = ts.createSourceFile(path, outputText, ts.ScriptTarget.ES2022);
  for (const statement of source.statements) {
    const specifier =
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
        ? statement.moduleSpecifier.text
        : null;
    if (specifier === null) continue;
    if (!specifier.startsWith('.')) packages.push(specifier);
    else {
      const file = resolveFile(path, specifier);
      if (file && /\.tsx?$/.test(file)) files.push(file);
    }
  }
  return { files, packages };
}

/** Every app module `entry` imports statically, directly or not, with itself, and their imports. */
export function staticImportClosure(entry: string): Map<string, ModuleImports> {
  const found = new Map<string, ModuleImports>();
  const pending = [resolve(entry)];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (found.has(path)) continue;
    const imports = staticImportsOf(path);
    found.set(path, imports);
    pending.push(...imports.files);
  }
  return found;
}
