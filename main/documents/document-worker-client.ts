import type { Worker } from 'node:worker_threads';
import type { ExportStage } from '../../shared/documents/export-progress';
import type { WarmUpOutcome } from './warm-up';
import { RefusedRequestError, UserFacingError } from '../ipc/dispatch';
import { DocumentCancelledError } from './document-cancelled-error';
import type { BuildOptions, DocumentBuilder, DocumentJob } from './document-job';
import type { DocumentHeading, DocumentOrder } from './document-order';
import type {
  DocumentCancelMessage,
  DocumentCheckMessage,
  DocumentReplyMessage,
  DocumentRequestMessage,
  DocumentStageMessage,
  DocumentWarmUpMessage,
} from './document-worker-messages';

export interface DocumentWorker extends DocumentBuilder {
  /**
   * Builds a document on the worker; main's thread only posts the job and receives the bytes.
   * Aborting the signal rejects with DocumentCancelledError at once and stops the work: the
   * worker is stopped when the job was its only one, else the job is dropped at its next stage.
   */
  build(job: DocumentJob | DocumentOrder, options?: BuildOptions): Promise<Uint8Array>;
  /** Parses an order's request on the worker: main's thread only posts it as it arrived. */
  check(order: DocumentOrder): Promise<DocumentHeading>;
  /** Starts the worker, which loads the document and chart libraries, if it is not running. */
  prepare(): void;
  /**
   * Starts the worker if it is not running and has it warm up (warm-up.ts), once per worker: a
   * job posted meanwhile goes to the same worker and waits for the warm-up's current stage. The
   * same promise until that worker stops; it resolves when the warm-up is over, with how it went
   * ('failed' too when the worker stopped): it never rejects. A worker that has built a document
   * needs none ('built' at once).
   */
  warmUp(): Promise<WarmUpOutcome>;
  /** Stops the worker; a job still in progress fails. */
  close(): Promise<void>;
}

export interface DocumentWorkerOptions {
  /** Starts a thread running document-worker: the built file in the app, the source in tests. */
  spawn: () => Worker;
  /** An idle worker is stopped after this long, freeing what the drawing and layout hold. */
  idleMs?: number;
  /**
   * A worker that has warmed up and built nothing since is stopped after this long instead: it
   * holds less, and the consultant who opened an engagement may export at any moment.
   */
  warmIdleMs?: number;
}

interface PendingJob {
  resolve(answer: Uint8Array | DocumentHeading | WarmUpOutcome): void;
  reject(error: Error): void;
  onStage?: (stage: ExportStage) => void;
}

/**
 * The document worker as main uses it: started on the first export (the app's start does not pay
 * for loading the document and chart libraries), kept warm for the next, stopped when idle. Jobs
 * are numbered, so several may be in flight; the worker takes them in turn. When the worker fails
 * or stops, every job in flight fails with the reason and the next job starts a fresh worker.
 */
export function createDocumentWorker({
  spawn,
  idleMs = 60_000,
  warmIdleMs = 15 * 60_000,
}: DocumentWorkerOptions): DocumentWorker {
  let worker: Worker | null = null;
  /** The running worker's warm-up, and whether a job has been posted to it since. */
  let warmedUp: Promise<WarmUpOutcome> | null = null;
  let builtSinceWarmUp = false;
  const pending = new Map<number, PendingJob>();
  let nextId = 1;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  function failPending(error: Error): void {
    const jobs = [...pending.values()];
    pending.clear();
    for (const job of jobs) job.reject(error);
  }

  function forget(stopped: Worker): void {
    if (worker !== stopped) return;
    worker = null;
    warmedUp = null;
    clearTimeout(idleTimer);
  }

  /** Keeps the process alive only while a job is in flight; stops a worker left idle. */
  function afterChange(current: Worker): void {
    clearTimeout(idleTimer);
    if (pending.size > 0) {
      current.ref();
      return;
    }
    current.unref();
    idleTimer = setTimeout(
      () => {
        forget(current);
        void current.terminate();
      },
      warmedUp && !builtSinceWarmUp ? warmIdleMs : idleMs,
    );
    idleTimer.unref();
  }

  function onReply(current: Worker, reply: DocumentReplyMessage | DocumentStageMessage): void {
    const job = pending.get(reply.id);
    if (!job) return;
    if ('stage' in reply) {
      job.onStage?.(reply.stage);
      return;
    }
    pending.delete(reply.id);
    if (reply.ok)
      job.resolve(
        'bytes' in reply ? reply.bytes : 'heading' in reply ? reply.heading : reply.warmedUp,
      );
    else {
      const error =
        reply.refused === 'invalid-request'
          ? new RefusedRequestError(reply.message)
          : reply.refused === 'user-facing'
            ? new UserFacingError(reply.message)
            : new Error(reply.message);
      if (reply.stack) error.stack = reply.stack;
      job.reject(error);
    }
    afterChange(current);
  }

  function running(): Worker {
    if (worker) return worker;
    const started = spawn();
    started.on('message', (reply: DocumentReplyMessage | DocumentStageMessage) =>
      onReply(started, reply),
    );
    started.on('error', (error: Error) => {
      forget(started);
      failPending(error);
      void started.terminate();
    });
    started.on('exit', (code) => {
      if (worker !== started) return;
      forget(started);
      failPending(new Error(`The document worker stopped (exit code ${code}) before it finished.`));
    });
    worker = started;
    return started;
  }

  function cancel(current: Worker, id: number): void {
    const job = pending.get(id);
    if (!job) return;
    pending.delete(id);
    job.reject(new DocumentCancelledError());
    if (pending.size === 0 && worker === current) {
      // Its only job: stop the work now; the next export starts a fresh worker.
      forget(current);
      void current.terminate();
      return;
    }
    const message: DocumentCancelMessage = { cancel: id };
    current.postMessage(message);
    afterChange(current);
  }

  /** Posts a message whose answer `done` awaits; a message that cannot be posted fails it. */
  function post<T>(
    current: Worker,
    id: number,
    message: DocumentRequestMessage | DocumentCheckMessage | DocumentWarmUpMessage,
    done: Promise<T>,
  ): Promise<T> {
    try {
      current.postMessage(message);
    } catch (error) {
      pending.delete(id);
      afterChange(current);
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    afterChange(current);
    return done;
  }

  return {
    prepare(): void {
      if (!worker) afterChange(running());
    },

    warmUp(): Promise<WarmUpOutcome> {
      const current = running();
      if (warmedUp) {
        afterChange(current);
        return warmedUp;
      }
      const id = nextId++;
      const done = new Promise<WarmUpOutcome>((resolve, reject) =>
        pending.set(id, { resolve: (answer) => resolve(answer as WarmUpOutcome), reject }),
      );
      const message: DocumentWarmUpMessage = { id, warmUp: true };
      builtSinceWarmUp = false;
      // Whatever happens to it (the worker stopped, the message not posted), exports still work.
      warmedUp = post(current, id, message, done).catch((): WarmUpOutcome => 'failed');
      return warmedUp;
    },

    check(order: DocumentOrder): Promise<DocumentHeading> {
      const current = running();
      const id = nextId++;
      const done = new Promise<DocumentHeading>((resolve, reject) =>
        pending.set(id, { resolve: (answer) => resolve(answer as DocumentHeading), reject }),
      );
      return post(current, id, { id, check: order }, done);
    },

    build(
      job: DocumentJob | DocumentOrder,
      { onStage, signal }: BuildOptions = {},
    ): Promise<Uint8Array> {
      if (signal?.aborted) return Promise.reject(new DocumentCancelledError());
      const current = running();
      builtSinceWarmUp = true;
      // A worker that has built a document is as ready as a warm-up would make it.
      warmedUp ??= Promise.resolve('built');
      const id = nextId++;
      const done = new Promise<Uint8Array>((resolve, reject) =>
        pending.set(id, { resolve: (answer) => resolve(answer as Uint8Array), reject, onStage }),
      );
      if (signal) {
        const onAbort = () => cancel(current, id);
        signal.addEventListener('abort', onAbort, { once: true });
        const settled = () => signal.removeEventListener('abort', onAbort);
        done.then(settled, settled);
      }
      const request: DocumentRequestMessage = { id, job };
      return post(current, id, request, done);
    },

    async close(): Promise<void> {
      const current = worker;
      if (!current) return;
      forget(current);
      failPending(new Error('The document worker was stopped before it finished.'));
      await current.terminate();
    },
  };
}
