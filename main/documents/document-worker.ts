import { parentPort, workerData } from 'node:worker_threads';
import { buildDocumentBytes } from './document-job';
import type { DocumentReplyMessage, DocumentRequestMessage } from './document-worker-messages';

/**
 * The document worker, a build entry of its own (out/main/document-worker.js): draws the charts,
 * builds and packs each document it is sent, off Electron's main thread, so menus and dialogs stay
 * responsive while a long plan is laid out. Its chart DOM globals stay in this thread too.
 */
const port = parentPort;
if (!port) throw new Error('The document worker runs only as a worker thread.');

// Electron sets process.resourcesPath, where a packaged app keeps the chart fonts, on main's
// thread; main passes it on, so the fonts are found here the same way (main/charts/font-folder).
const { resourcesPath } = (workerData ?? {}) as { resourcesPath?: string };
const thisProcess = process as { resourcesPath?: string };
if (resourcesPath && !thisProcess.resourcesPath) thisProcess.resourcesPath = resourcesPath;

/** The bytes in an ArrayBuffer of their own, so it can be transferred whole. */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? bytes
    : bytes.slice();
}

port.on('message', ({ id, job }: DocumentRequestMessage) => {
  buildDocumentBytes(job).then(
    (built) => {
      const bytes = ownBuffer(built);
      const reply: DocumentReplyMessage = { id, ok: true, bytes };
      port.postMessage(reply, [bytes.buffer as ArrayBuffer]);
    },
    (error: unknown) => {
      const reply: DocumentReplyMessage = {
        id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? error.stack : undefined,
      };
      port.postMessage(reply);
    },
  );
});
