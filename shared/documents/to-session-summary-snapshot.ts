import type { ActionItem } from '../domain/action-item';
import type { AgendaItem } from '../domain/agenda';
import type { DocumentVersion } from '../domain/document-choices';
import type { EngagementDetails } from '../domain/engagement';
import type { Objective } from '../domain/objective';
import type { ObjectiveRemoval } from '../domain/objective-removal';
import type { ObjectiveRevision } from '../domain/objective-revisions';
import type { Participant } from '../domain/participant';
import type { Session } from '../domain/session';
import { groupSessionNotes, type SessionNote } from '../domain/session-note';
import { toActionItemLines } from './action-item-lines';
import { toDeliverableBranding, type DeliverableBranding } from './deliverable-branding';
import { documentLimits } from './document-limits';
import { pickEngagementDetails } from './engagement-details';
import { objectiveHistoryLines } from './objective-history-lines';
import { removalsWorthTelling } from './removed-objective-lines';
import type { SessionSummarySnapshot } from './session-summary-snapshot';

/** The stored records of one session, as the repositories hand them over. */
export interface SessionSummaryRecords {
  engagement: EngagementDetails;
  session: Session;
  /** The session's participants, in order. */
  participants: readonly Participant[];
  /** The session's agenda, in order. */
  agenda: readonly AgendaItem[];
  notes: readonly SessionNote[];
  /** Every action item of the engagement; the summary keeps those raised in this session. */
  actionItems: readonly ActionItem[];
  /** Everyone invited to any session of the engagement, to name an action's owner. */
  engagementParticipants: readonly Pick<Participant, 'id' | 'name'>[];
  /** The client's logo and the accent colour; the defaults when never set. */
  branding?: DeliverableBranding | null;
  /** The engagement's objectives, in order, and their revisions, each stored with its session. */
  objectives?: readonly Objective[];
  objectiveRevisions?: readonly ObjectiveRevision[];
  /** The objectives removed in any session of the engagement, each stored with its session. */
  objectiveRemovals?: readonly ObjectiveRemoval[];
}

/** The objectives this session stated or revised: each as it reads now, before → after and why. */
function objectiveChanges(
  records: SessionSummaryRecords,
): SessionSummarySnapshot['objectiveChanges'] {
  const revisions = (records.objectiveRevisions ?? []).filter(
    (revision) => revision.sessionId === records.session.id,
  );
  return (records.objectives ?? []).flatMap((objective) => {
    const [run] = objectiveHistoryLines(
      revisions.filter((revision) => revision.objectiveId === objective.id),
      objective.unit,
      () => records.session.title,
    );
    const isNew = objective.statedInSessionId === records.session.id;
    if (!run && !isNew) return [];
    const { statement, metric, target, unit, deadline } = objective;
    return [
      {
        objective: { statement, metric, target, unit, deadline },
        changes: run?.changes ?? [],
        isNew,
      },
    ];
  });
}

const nonEmpty = (text: string) => text.trim() !== '';

/** The objectives this session removed, oldest first, as they read when removed. */
function removedObjectives(
  records: SessionSummaryRecords,
): SessionSummarySnapshot['removedObjectives'] {
  return removalsWorthTelling(
    (records.objectiveRemovals ?? []).filter((removal) => removal.sessionId === records.session.id),
  ).map(({ objective, reason }) => ({ objective, reason }));
}

/** Picks, from stored records, exactly what the session summary shows. */
export function toSessionSummarySnapshot(
  records: SessionSummaryRecords,
  version: DocumentVersion = 'working',
): SessionSummarySnapshot {
  const { engagement, session, participants, agenda, notes } = records;
  const grouped = groupSessionNotes(
    notes,
    agenda.map((item) => item.id),
  );
  const raised = records.actionItems.filter((item) => item.sessionId === session.id);
  return {
    engagement: pickEngagementDetails(engagement),
    branding: toDeliverableBranding(records.branding),
    version,
    session: {
      title: session.title,
      date: session.date,
      location: session.location,
      startTime: session.startTime,
      lengthMinutes: session.lengthMinutes,
      purpose: session.purpose,
    },
    participants: participants.map(({ name, title, organisation, role, attendance, email }) => ({
      name,
      title,
      organisation,
      role,
      attendance,
      email,
    })),
    agenda: agenda.map((item) => ({
      title: item.title,
      minutes: item.minutes,
      owner: item.owner,
      actualMinutes: item.actualMinutes,
      note: grouped.byAgendaItem.get(item.id)?.text ?? '',
    })),
    generalNotes: grouped.general?.text ?? '',
    notesOfRemovedItems: grouped.ofRemovedItems
      .slice(-documentLimits.removedItemNotes)
      .map((note) => ({ title: note.agendaItemTitle, note: note.text })),
    decisions: grouped.decisions.map((note) => note.text).filter(nonEmpty),
    parkingLot: grouped.parkingLot.map((note) => note.text).filter(nonEmpty),
    actionItems: toActionItemLines(raised, records.engagementParticipants, [session]),
    objectiveChanges: objectiveChanges(records),
    removedObjectives: removedObjectives(records),
  };
}
