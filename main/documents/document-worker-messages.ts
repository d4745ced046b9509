import type { ExportStage } from '../../shared/documents/export-progress';
import type { DocumentJob } from './document-job';
import type { DocumentHeading, DocumentOrder } from './document-order';
import type { WarmUpOutcome } from './warm-up';

/**
 * What main posts to the document worker: one job (or an order, whose request the worker parses
 * first) to build, numbered so its answer finds its caller.
 */
export interface DocumentRequestMessage {
  id: number;
  job: DocumentJob | DocumentOrder;
}

/** An order to check: its request parsed, the save dialog's words sent back, nothing built. */
export interface DocumentCheckMessage {
  id: number;
  check: DocumentOrder;
}

/**
 * Main asks the worker to get ready for exports at a quiet moment: load what building takes and
 * build a plan nobody will see (warm-up.ts), so the consultant's first export finds it ready.
 */
export interface DocumentWarmUpMessage {
  id: number;
  warmUp: true;
}

/** Main no longer wants a job: the worker drops it at its next stage. */
export interface DocumentCancelMessage {
  cancel: number;
}

/** The worker tells main which stage a job has reached. */
export interface DocumentStageMessage {
  id: number;
  stage: ExportStage;
}

/**
 * What the worker posts back: the document's bytes (transferred, not copied), a checked order's
 * heading, a finished warm-up, or why not; `refused` says the request was refused (RefusedRequestError: did not
 * parse) or declined with a message for the consultant (UserFacingError), not a failure.
 */
export type DocumentReplyMessage =
  | { id: number; ok: true; bytes: Uint8Array }
  | { id: number; ok: true; heading: DocumentHeading }
  | { id: number; ok: true; warmedUp: WarmUpOutcome }
  | {
      id: number;
      ok: false;
      message: string;
      stack?: string;
      refused?: 'invalid-request' | 'user-facing';
    };
