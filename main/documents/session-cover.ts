import type { AgendaSnapshot } from '../../shared/documents/agenda-snapshot';
import { formatDuration } from '../../shared/domain/agenda-times';
import type { CoverContent } from './cover-page';
import type { DocumentLook } from './document-look';

type SessionLine = Pick<
  AgendaSnapshot['session'],
  'title' | 'date' | 'startTime' | 'location' | 'lengthMinutes'
>;

/** A session's cover: which session, when, where and how long. */
export function sessionCover(
  documentTitle: string,
  engagementTitle: string,
  session: SessionLine,
  look: DocumentLook,
): CoverContent {
  const place = session.location.trim();
  return {
    documentTitle,
    engagementTitle,
    details: [
      ['Session', session.title],
      ['Date', `${look.date(session.date)} at ${session.startTime}`],
      ...(place ? ([['Place', place]] as const) : []),
      ['Length', formatDuration(session.lengthMinutes)],
    ],
  };
}
