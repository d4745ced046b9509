import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  createDocumentWorker,
  type DocumentWorker,
} from '../../../main/documents/document-worker-client';

/**
 * A file of the built main process (SESSION_STUDIO_OUT, default out/, as the build writes it):
 * the tests run the handlers from the sources but the document worker and the command line as
 * built, since those are entries of their own that only the build produces.
 */
export function builtMainFile(name: string): string {
  return join(
    import.meta.dirname,
    '../../..',
    process.env.SESSION_STUDIO_OUT ?? 'out',
    'main',
    name,
  );
}

/** The built document worker, as the app starts it: documents are built off the test's thread. */
export function builtDocumentWorker(): DocumentWorker {
  return createDocumentWorker({ spawn: () => new Worker(builtMainFile('document-worker.js')) });
}
