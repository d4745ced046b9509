import type { AgendaSnapshot } from '../../shared/documents/agenda-snapshot';
import type { ExportStage } from '../../shared/documents/export-progress';
import type { MarketingPlanSnapshot } from '../../shared/documents/marketing-plan-snapshot';
import type { SessionSummarySnapshot } from '../../shared/documents/session-summary-snapshot';
import type { AppSettings } from '../../shared/settings/app-settings';
import { buildAgendaDocument } from './agenda-document';
import { documentLook } from './document-look';
import { buildMarketingPlanDocument } from './marketing-plan-document';
import { packDocument } from './pack-document';
import { pageFonts } from './page-fonts';
import { drawPlanCharts, parsePlanCharts } from './plan-charts';
import { buildSessionSummaryDocument } from './session-summary-document';
import type { DocumentHeading, DocumentOrder } from './document-order';

/**
 * One deliverable to build, from a snapshot already parsed by its schema and the consultant's
 * settings. Plain data, so it can be posted to the document worker as it is.
 */
export type DocumentJob = { settings: AppSettings } & (
  | { kind: 'marketing-plan'; snapshot: MarketingPlanSnapshot }
  | { kind: 'session-summary'; snapshot: SessionSummarySnapshot }
  | { kind: 'agenda'; snapshot: AgendaSnapshot }
);

export interface BuildOptions {
  /** Told as each stage of the build starts. */
  onStage?: (stage: ExportStage) => void;
  /** Aborted when the consultant cancels: the build stops and its bytes are never written. */
  signal?: AbortSignal;
}

/** Builds documents' bytes: on the document worker in the app, on the caller's thread elsewhere. */
export interface DocumentBuilder {
  /**
   * An order's request parsed (see document-order.ts): what its save dialog says, or refused.
   * A builder without it has the order parsed on the calling thread.
   */
  check?(order: DocumentOrder): Promise<DocumentHeading>;
  /** Builds a job, or an order (its request parsed first, refused if it does not parse). */
  build(job: DocumentJob | DocumentOrder, options?: BuildOptions): Promise<Uint8Array>;
  /** Loads what building takes while the consultant is still choosing where to save. */
  prepare?(): void;
  /**
   * Gets ready for the first export at a quiet moment (an engagement opened): everything an
   * export loads, loaded, and its code run once. Resolves when ready, however it went.
   */
  warmUp?(): Promise<unknown>;
}

/**
 * Draws the charts (the plan's) and logos, builds and packs the document on the calling thread.
 * The document worker runs this; so do the command line and tests, which have no window to keep
 * responsive.
 */
export async function buildDocumentBytes(
  job: DocumentJob,
  onStage: (stage: ExportStage) => void = () => undefined,
): Promise<Uint8Array> {
  const { engagement, branding } = job.snapshot;
  const look = await documentLook(engagement, branding, job.settings);
  const pack = (document: Parameters<typeof packDocument>[0]) => {
    onStage('packing');
    return packDocument(document, { company: look.firm });
  };
  switch (job.kind) {
    case 'agenda':
      onStage('laying-out');
      return pack(buildAgendaDocument(job.snapshot, look));
    case 'session-summary':
      onStage('laying-out');
      return pack(buildSessionSummaryDocument(job.snapshot, look));
    case 'marketing-plan': {
      const { snapshot } = job;
      onStage('drawing-charts');
      const charts = await drawPlanCharts(parsePlanCharts(snapshot.charts), {
        campaignCount: snapshot.campaigns.length,
        form: snapshot.chartForm,
      });
      onStage('laying-out');
      return pack(buildMarketingPlanDocument(snapshot, charts, look, { fonts: pageFonts() }));
    }
  }
}
