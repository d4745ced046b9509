import type { ExportStage } from '../../shared/documents/export-progress';
import type { DocumentJob } from './document-job';

/** What main posts to the document worker: one job, numbered so its answer finds its caller. */
export interface DocumentRequestMessage {
  id: number;
  job: DocumentJob;
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

/** What the worker posts back: the document's bytes (transferred, not copied), or why not. */
export type DocumentReplyMessage =
  | { id: number; ok: true; bytes: Uint8Array }
  | { id: number; ok: false; message: string; stack?: string };
