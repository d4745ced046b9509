import type { DocumentJob } from './document-job';

/** What main posts to the document worker: one job, numbered so its answer finds its caller. */
export interface DocumentRequestMessage {
  id: number;
  job: DocumentJob;
}

/** What the worker posts back: the document's bytes (transferred, not copied), or why not. */
export type DocumentReplyMessage =
  | { id: number; ok: true; bytes: Uint8Array }
  | { id: number; ok: false; message: string; stack?: string };
