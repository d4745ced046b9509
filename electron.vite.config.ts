import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { preloadAppChunks } from './build/scripts/vite/preload-app-chunks';

// One build for the three processes. The sandboxed preload must be a single CommonJS file.
// SESSION_STUDIO_OUT moves the output (default out/), so parallel test builds never share a folder.
const outRoot = process.env.SESSION_STUDIO_OUT ?? 'out';

export default defineConfig({
  main: {
    // Main draws charts with React for documents; without this it would bundle React's dev build.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
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
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
