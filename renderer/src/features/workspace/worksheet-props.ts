import type { Engagement } from '../../../../shared/domain/engagement';
import type { Session } from '../../../../shared/domain/session';

/** What every worksheet receives from the workspace. */
export interface WorksheetProps {
  engagement: Engagement;
  /** The session being worked on; every engagement has at least one. */
  session: Session;
  sessions: readonly Session[];
}
