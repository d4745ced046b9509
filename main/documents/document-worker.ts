import { parentPort, workerData } from 'node:worker_threads';
import { prepareChartFonts } from '../charts/rasterize-svg';
import { RefusedRequestError, UserFacingError } from '../ipc/dispatch';
import { DocumentCancelledError } from './document-cancelled-error';
import { buildDocumentBytes } from './document-job';
import { jobOf, parseDocumentOrder } from './document-order';
import { warmUpDocuments } from './warm-up';
import type { ExportStage } from '../../shared/documents/export-progress';
import type {
  DocumentCancelMessage,
  DocumentCheckMessage,
  DocumentReplyMessage,
  DocumentRequestMessage,
  DocumentStageMessage,
  DocumentWarmUpMessage,
} from './document-worker-messages';

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

/**
 * Cutting fonts down to each chart's characters, prepared once (about 130 ms), so the charts of
 * every later export draw faster. Should it fail, charts go on being drawn with whole fonts.
 */
let fontsPrepared: Promise<void> | null = null;
function prepareFonts(): Promise<void> {
  fontsPrepared ??= prepareChartFonts().catch(() => undefined);
  return fontsPrepared;
}

/** Once the first job is done and none is under way, the worker prepares them. */
function prepareFontsWhenIdle(): void {
  if (fontsPrepared || running.size > 0) return;
  setTimeout(() => void prepareFonts(), 0);
}

/** Jobs under way, and those of them main cancelled: each of those stops at its next stage. */
const running = new Set<number>();
const cancelled = new Set<number>();

/**
 * The warm-up main asked for (warm-up.ts), if any: a job waits for it, which stops at its next
 * stage once the job has arrived, so the two never build side by side. It never fails.
 */
let warmingUp: Promise<unknown> = Promise.resolve();
function warmUp(id: number): void {
  warmingUp = warmUpDocuments({ jobWaiting: () => running.size > 0 }).then(async (outcome) => {
    // Part of the warm-up, so the first export neither waits for it nor draws beside it.
    if (outcome === 'built' && running.size === 0) await prepareFonts();
    const reply: DocumentReplyMessage = { id, ok: true, warmedUp: outcome };
    port?.postMessage(reply);
  });
}

/** Why a job or check failed, telling main whether its request was refused. */
function failure(id: number, error: unknown): DocumentReplyMessage {
  return {
    id,
    ok: false,
    message: error instanceof Error ? error.message : String(error),
    stack: error instanceof Error ? error.stack : undefined,
    refused:
      error instanceof RefusedRequestError
        ? 'invalid-request'
        : error instanceof UserFacingError
          ? 'user-facing'
          : undefined,
  };
}

port.on(
  'message',
  (
    message:
      DocumentRequestMessage | DocumentCheckMessage | DocumentCancelMessage | DocumentWarmUpMessage,
  ) => {
    if ('warmUp' in message) {
      warmUp(message.id);
      return;
    }
    if ('cancel' in message) {
      // A job that already finished has nothing left to stop.
      if (running.has(message.cancel)) cancelled.add(message.cancel);
      return;
    }
    if ('check' in message) {
      try {
        const { title, defaultFileName } = parseDocumentOrder(message.check);
        const reply: DocumentReplyMessage = {
          id: message.id,
          ok: true,
          heading: { title, defaultFileName },
        };
        port.postMessage(reply);
      } catch (error) {
        port.postMessage(failure(message.id, error));
      }
      return;
    }
    const { id, job } = message;
    running.add(id);
    const onStage = (stage: ExportStage) => {
      if (cancelled.has(id)) throw new DocumentCancelledError();
      const progress: DocumentStageMessage = { id, stage };
      port.postMessage(progress);
    };
    warmingUp
      .then(() => buildDocumentBytes(jobOf(job), onStage))
      .then(
        (built) => {
          const bytes = ownBuffer(built);
          const reply: DocumentReplyMessage = { id, ok: true, bytes };
          port.postMessage(reply, [bytes.buffer as ArrayBuffer]);
        },
        (error: unknown) => port.postMessage(failure(id, error)),
      )
      .finally(() => {
        running.delete(id);
        cancelled.delete(id);
        prepareFontsWhenIdle();
      });
  },
);
