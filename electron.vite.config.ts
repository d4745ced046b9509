import react from '@vitejs/plugin-react';
import { build as esbuild } from 'esbuild';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { preloadAppChunks } from './build/scripts/vite/preload-app-chunks';
import { startupChunkGroup } from './build/scripts/vite/startup-chunk';
import { docxIndexFile, withNodeHashing } from './build/scripts/docx/node-hashing';

// One build for the three processes. The sandboxed preload must be a single CommonJS file.
// SESSION_STUDIO_OUT moves the output (default out/), so parallel test builds never share a folder.
const outRoot = process.env.SESSION_STUDIO_OUT ?? 'out';

const formatOf = (path: string) => (path.endsWith('.cjs') ? 'cjs' : 'esm');

/**
 * The command line's code (run-cli.ts and all it imports: the app's document code, docx, zod) as
 * one CommonJS file, out/main/cli-bundle.cjs, which out/main/cli.js runs with V8's code cache
 * (main/cli/code-cached-bundle.ts): one file to read and compile instead of some 300 modules to
 * resolve, load and compile on every command. resvg (native) and docx/layout (loaded only when a
 * layout needs it) stay in node_modules. docx's image hashing runs on Node's SHA-1 in it
 * (build/scripts/docx/node-hashing.ts); the app's main loads docx from node_modules unchanged.
 */
function commandLineBundle(): Plugin {
  return {
    name: 'session-studio-command-line-bundle',
    apply: 'build',
    async closeBundle() {
      await esbuild({
        entryPoints: [resolve('main/cli/run-cli.ts')],
        outfile: resolve(outRoot, 'main/cli-bundle.cjs'),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        jsx: 'automatic',
        external: ['@resvg/resvg-js', 'docx/layout', 'electron'],
        // import() of a module left out becomes require(), which the code cache's script can run.
        supported: { 'dynamic-import': false },
        define: {
          'process.env.NODE_ENV': JSON.stringify('production'),
          'import.meta.url': 'importMetaUrl',
        },
        banner: { js: 'const importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
        minifyWhitespace: true,
        minifySyntax: true,
        legalComments: 'none',
        logLevel: 'warning',
        plugins: [
          {
            name: 'docx-node-hashing',
            setup(build) {
              build.onLoad({ filter: docxIndexFile }, async ({ path }) => ({
                contents: withNodeHashing(await readFile(path, 'utf8'), formatOf(path)),
                loader: 'js',
              }));
            },
          },
        ],
      });
    },
  };
}

export default defineConfig({
  main: {
    // Main draws charts with React for documents; without this it would bundle React's dev build.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [commandLineBundle()],
    build: {
      outDir: `${outRoot}/main`,
      // The document worker and the command line are entries of their own: each runs by itself
      // (a worker thread, a plain Node process) and shares chunks with the app's main.
      rollupOptions: {
        input: {
          index: resolve('main/index.ts'),
          'document-worker': resolve('main/documents/document-worker.ts'),
          cli: resolve('main/cli/cli.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: `${outRoot}/preload`,
      rollupOptions: {
        input: { index: resolve('preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react(), preloadAppChunks('renderer/src/start-app.tsx')],
    build: {
      // Minified: the JavaScript the home needs before its first paint is parsed on every start.
      minify: true,
      outDir: resolve(outRoot, 'renderer'),
      rollupOptions: {
        input: { index: resolve('renderer/index.html') },
        output: {
          codeSplitting: {
            // What the entry imports stays in the entry, the first file to run, not the app's.
            includeDependenciesRecursively: false,
            groups: [startupChunkGroup('renderer/src/main.tsx', 'renderer/src/start-app.tsx')],
          },
        },
      },
    },
  },
});
