import { ipcContract } from '../../shared/ipc/contract';
import { describeZodError } from '../../shared/ipc/result';
import type { AppSettings } from '../../shared/settings/app-settings';
import { RefusedRequestError } from '../ipc/dispatch';
import { marketingPlanExport, type DocumentExport } from './document-exports';
import type { DocumentJob } from './document-job';

/**
 * A deliverable whose request main passes on unparsed: the long plan's snapshot is too large to
 * parse on main's thread (its schema over ~150 KB held the thread 30–150 ms, menus and dialogs
 * frozen meanwhile), so the builder (the document worker in the app) parses it with the
 * contract's own schema before anything reads it. Plain data, posted to the worker as it is.
 */
export interface DocumentOrder {
  kind: 'marketing-plan';
  /** The request as it arrived from the renderer: untrusted until parseDocumentOrder. */
  request: unknown;
  settings: AppSettings;
}

/** What the save dialog says for an order: known only once its request has parsed. */
export type DocumentHeading = Pick<DocumentExport, 'title' | 'defaultFileName'>;

/**
 * Parses an order's request with the contract's schema, refusing it with the reason exactly as
 * dispatch refuses any request; then makes the export (whose charts are checked too).
 */
export function parseDocumentOrder(order: DocumentOrder): DocumentExport {
  const parsed = ipcContract.exportMarketingPlanDocx.request.safeParse(order.request);
  if (!parsed.success)
    throw new RefusedRequestError(
      `Session Studio refused the request: ${describeZodError(parsed.error)}`,
    );
  return marketingPlanExport(parsed.data, order.settings);
}

export function isDocumentOrder(work: DocumentJob | DocumentOrder): work is DocumentOrder {
  return 'request' in work;
}

/** The job to build: a job as it is, an order once its request has parsed. */
export function jobOf(work: DocumentJob | DocumentOrder): DocumentJob {
  return isDocumentOrder(work) ? parseDocumentOrder(work).job : work;
}
