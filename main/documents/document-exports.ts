import { safeFileName } from '../../shared/documents/file-names';
import type { MarketingPlanSnapshot } from '../../shared/documents/marketing-plan-snapshot';
import type { SessionSummarySnapshot } from '../../shared/documents/session-summary-snapshot';
import { UserFacingError } from '../ipc/dispatch';
import { buildMarketingPlanDocument } from './marketing-plan-document';
import { packDocument } from './pack-document';
import { pageFonts } from './page-fonts';
import { drawPlanCharts, parsePlanCharts, PlanChartError } from './plan-charts';
import { buildSessionSummaryDocument } from './session-summary-document';

/** A deliverable ready to save: what the save dialog says, and the file's bytes on demand. */
export interface DocumentExport {
  title: string;
  defaultFileName: string;
  /** Builds and packs the document; called only once the consultant has chosen where. */
  render: () => Promise<Uint8Array>;
}

export function sessionSummaryExport(snapshot: SessionSummarySnapshot): DocumentExport {
  const { engagement, session } = snapshot;
  return {
    title: 'Export session summary',
    defaultFileName: safeFileName(
      [engagement.clientName, session.title, 'Summary', session.date],
      'docx',
    ),
    render: () => packDocument(buildSessionSummaryDocument(snapshot)),
  };
}

/**
 * The plan's charts are parsed before the save dialog opens, so data that cannot be drawn is
 * refused with the reason and nothing is asked or written; they are drawn once a place is chosen.
 */
export function marketingPlanExport(snapshot: MarketingPlanSnapshot): DocumentExport {
  let charts: ReturnType<typeof parsePlanCharts>;
  try {
    charts = parsePlanCharts(snapshot.charts);
  } catch (error) {
    if (error instanceof PlanChartError)
      throw new UserFacingError(`Session Studio refused the request: ${error.message}`);
    throw error;
  }
  const { engagement } = snapshot;
  return {
    title: 'Export marketing plan',
    defaultFileName: safeFileName(
      [engagement.clientName, engagement.title, 'Marketing plan', snapshot.preparedOn],
      'docx',
    ),
    render: async () =>
      packDocument(
        buildMarketingPlanDocument(
          snapshot,
          await drawPlanCharts(charts, { campaignCount: snapshot.campaigns.length }),
          { fonts: pageFonts() },
        ),
      ),
  };
}
