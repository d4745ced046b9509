import react from '@vitejs/plugin-react';
import { build as esbuild } from 'esbuild';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { resolve } from 'node:path';

// One build for the three processes. The sandboxed preload must be a single CommonJS file.
// SESSION_STUDIO_OUT moves the output (default out/), so parallel test builds never share a folder.
const outRoot = process.env.SESSION_STUDIO_OUT ?? 'out';

/**
 * The command line's code (run-cli.ts and all it imports: the app's document code, docx, zod) as
 * one CommonJS file, out/main/cli-bundle.cjs, which out/main/cli.js runs with V8's code cache
 * (main/cli/code-cached-bundle.ts): one file to read and compile instead of some 300 modules to
 * resolve, load and compile on every command. resvg (native) and docx/layout (loaded only when a
 * layout needs it) stay in node_modules.
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
    plugins: [react()],
    build: {
      // Minified: the JavaScript the home needs before its first paint is parsed on every start.
      minify: true,
      outDir: resolve(outRoot, 'renderer'),
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
