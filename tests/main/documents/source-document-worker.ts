import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const workerSource = pathToFileURL(
  fileURLToPath(new URL('../../../main/documents/document-worker.ts', import.meta.url)),
).href;
// The charts' own compiler settings (the automatic JSX runtime): the root tsconfig has none.
const chartsTsconfig = fileURLToPath(
  new URL('../../../shared/charts/tsconfig.json', import.meta.url),
);

/**
 * The document worker run from its TypeScript source, for tests: tsx compiles it in the worker
 * thread. The app runs the built file (out/main/document-worker.js) instead.
 */
export function spawnSourceDocumentWorker(workerData?: { resourcesPath?: string }): Worker {
  return new Worker(
    `import { register } from 'tsx/esm/api';
register({ tsconfig: ${JSON.stringify(chartsTsconfig)} });
await import(${JSON.stringify(workerSource)});`,
    { eval: true, workerData },
  );
}
