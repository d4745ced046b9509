import {
  toAgendaSnapshot,
  type AgendaSnapshot,
} from '../../../../shared/documents/agenda-snapshot';
import type { DocumentVersion } from '../../../../shared/domain/document-choices';
import type { Engagement } from '../../../../shared/domain/engagement';
import type { Session } from '../../../../shared/domain/session';
import { agendaRepository } from '../../db/repositories/agenda-repository';
import { engagementBrandingRepository } from '../../db/repositories/engagement-branding-repository';
import { participantRepository } from '../../db/repositories/participant-repository';
import { sessionRepository } from '../../db/repositories/session-repository';

/** The session's agenda pre-read from the latest stored rows, read right before exporting. */
export async function readAgenda(
  engagement: Engagement,
  session: Session,
  version: DocumentVersion,
): Promise<AgendaSnapshot> {
  const [latestSession, items, participants, branding] = await Promise.all([
    sessionRepository.get(session.id),
    agendaRepository.listForSession(session.id),
    participantRepository.listForSession(session.id),
    engagementBrandingRepository.get(engagement.id),
  ]);
  return toAgendaSnapshot(
    { engagement, session: latestSession ?? session, items, participants, branding },
    version,
  );
}
