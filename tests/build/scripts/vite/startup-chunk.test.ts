import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startupChunkGroup } from '../../../../build/scripts/vite/startup-chunk';

const id = (path: string) => resolve(path);

/** A module graph: each module's static imports (dynamic ones are not in it). */
function graph(imports: Record<string, string[]>) {
  return {
    getModuleInfo: (moduleId: string) => {
      const entry = Object.entries(imports).find(([path]) => id(path) === moduleId);
      return entry ? { importedIds: entry[1].map(id) } : null;
    },
  };
}

describe('the startup chunk', () => {
  const group = startupChunkGroup('src/main.tsx', 'src/start-app.tsx');
  const modules = graph({
    'src/main.tsx': ['src/theme.ts', 'src/installed-database.ts'],
    'src/theme.ts': [],
    'src/installed-database.ts': [],
    // start-app is imported by main.tsx dynamically, so it is not among main's imports.
    'src/start-app.tsx': ['src/App.tsx', 'node_modules/react/index.js'],
    'src/App.tsx': ['src/theme.ts', 'src/home.tsx', 'src/database.ts'],
    'src/home.tsx': ['node_modules/react/index.js', 'src/database.ts'],
    'src/database.ts': ['node_modules/dexie/dexie.mjs'],
    'node_modules/react/index.js': [],
    'node_modules/dexie/dexie.mjs': [],
    // Loaded lazily by the home: only what it shares with the start goes in.
    'src/worksheet.tsx': ['src/database.ts', 'node_modules/recharts/index.js'],
    'node_modules/recharts/index.js': [],
  });
  const chunkOf = (path: string) => group.name(id(path), modules);

  it('holds every module the app imports statically, its libraries too', () => {
    for (const path of [
      'src/start-app.tsx',
      'src/App.tsx',
      'src/home.tsx',
      'src/database.ts',
      'node_modules/react/index.js',
      'node_modules/dexie/dexie.mjs',
    ])
      expect(chunkOf(path), path).toBe('start-app');
  });

  it('leaves the entry’s own modules in the entry, and lazily loaded code where it was', () => {
    for (const path of [
      'src/main.tsx',
      'src/theme.ts',
      'src/installed-database.ts',
      'src/worksheet.tsx',
      'node_modules/recharts/index.js',
    ])
      expect(chunkOf(path), path).toBeNull();
  });
});
