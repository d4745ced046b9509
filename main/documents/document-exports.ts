import type { AgendaSnapshot } from '../../shared/documents/agenda-snapshot';
import { safeFileName } from '../../shared/documents/file-names';
import type { MarketingPlanSnapshot } from '../../shared/documents/marketing-plan-snapshot';
import type { SessionSummarySnapshot } from '../../shared/documents/session-summary-snapshot';
import type { AppSettings } from '../../shared/settings/app-settings';
import { UserFacingError } from '../ipc/user-facing-error';
import type { DocumentJob } from './document-job';
import { parsePlanCharts, PlanChartError } from './plan-charts';

/** A deliverable ready to save: what the save dialog says, and the job that builds the file. */
export interface DocumentExport {
  title: string;
  defaultFileName: string;
  /** Built only once the consultant has chosen where to save. */
  job: DocumentJob;
}

/** A session's document, named after the client, the session, the document and the day. */
function sessionDocumentExport(
  title: string,
  documentName: string,
  job: Extract<DocumentJob, { kind: 'agenda' | 'session-summary' }>,
): DocumentExport {
  const { engagement, session } = job.snapshot;
  return {
    title,
    defaultFileName: safeFileName(
      [engagement.clientName, session.title, documentName, session.date],
      'docx',
    ),
    job,
  };
}

export function agendaExport(snapshot: AgendaSnapshot, settings: AppSettings): DocumentExport {
  return sessionDocumentExport('Export session agenda', 'Agenda', {
    kind: 'agenda',
    snapshot,
    settings,
  });
}

export function sessionSummaryExport(
  snapshot: SessionSummarySnapshot,
  settings: AppSettings,
): DocumentExport {
  return sessionDocumentExport('Export session summary', 'Summary', {
    kind: 'session-summary',
    snapshot,
    settings,
  });
}

/**
 * The plan's charts are parsed before the save dialog opens, so data that cannot be drawn is
 * refused with the reason and nothing is asked or written; they are drawn once a place is chosen.
 */
export function marketingPlanExport(
  snapshot: MarketingPlanSnapshot,
  settings: AppSettings,
): DocumentExport {
  try {
    parsePlanCharts(snapshot.charts);
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
    job: { kind: 'marketing-plan', snapshot, settings },
  };
}
