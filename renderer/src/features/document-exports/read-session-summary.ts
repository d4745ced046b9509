import type { SessionSummarySnapshot } from '../../../../shared/documents/session-summary-snapshot';
import { toSessionSummarySnapshot } from '../../../../shared/documents/to-session-summary-snapshot';
import type { DocumentVersion } from '../../../../shared/domain/document-choices';
import type { Engagement } from '../../../../shared/domain/engagement';
import type { Session } from '../../../../shared/domain/session';
import { actionItemRepository } from '../../db/repositories/action-item-repository';
import { agendaRepository } from '../../db/repositories/agenda-repository';
import { engagementBrandingRepository } from '../../db/repositories/engagement-branding-repository';
import { engagementRepository } from '../../db/repositories/engagement-repository';
import { objectiveRepository } from '../../db/repositories/objective-repository';
import { objectiveRemovalRepository } from '../../db/repositories/objective-removal-repository';
import { objectiveRevisionRepository } from '../../db/repositories/objective-revision-repository';
import { participantRepository } from '../../db/repositories/participant-repository';
import { sessionNoteRepository } from '../../db/repositories/session-note-repository';
import { sessionRepository } from '../../db/repositories/session-repository';

/**
 * The session summary from the latest stored rows, read right before exporting; the engagement
 * and session on screen stand in only if their rows have gone.
 */
export async function readSessionSummary(
  engagement: Engagement,
  session: Session,
  version: DocumentVersion,
): Promise<SessionSummarySnapshot> {
  const [
    latestEngagement,
    latestSession,
    participants,
    agenda,
    notes,
    actionItems,
    everyone,
    branding,
    objectives,
    objectiveRevisions,
    objectiveRemovals,
  ] = await Promise.all([
    engagementRepository.get(engagement.id),
    sessionRepository.get(session.id),
    participantRepository.listForSession(session.id),
    agendaRepository.listForSession(session.id),
    sessionNoteRepository.listForSession(session.id),
    actionItemRepository.listForEngagement(engagement.id),
    participantRepository.listForEngagement(engagement.id),
    engagementBrandingRepository.get(engagement.id),
    objectiveRepository.list(engagement.id),
    objectiveRevisionRepository.listForEngagement(engagement.id),
    objectiveRemovalRepository.listForEngagement(engagement.id),
  ]);
  return toSessionSummarySnapshot(
    {
      engagement: latestEngagement ?? engagement,
      session: latestSession ?? session,
      participants,
      agenda,
      notes,
      actionItems,
      engagementParticipants: everyone,
      branding,
      objectives,
      objectiveRevisions,
      objectiveRemovals,
    },
    version,
  );
}
