import type { ActionSourceKind } from '../domain/action-item-sources';
import type { TableName } from '../data/tables';

/**
 * Every place a row names another row by id. The import remaps ids through this list, and the
 * validator checks the references that must resolve; a test fails when a schema gains an id field
 * that is not listed here.
 */
export type IdReference =
  /**
   * row[field] holds the id of a row of `target`, or '' for none where the schema allows it.
   * `mustResolve`: the row makes no sense without its target (a touch point without its phase).
   * The others may name a row that was removed on purpose (a note of a removed agenda item, the
   * source of an action item whose objective was deleted): they keep reading, so they are kept.
   */
  | { kind: 'id'; field: string; target: TableName; mustResolve: boolean }
  /** The keys of the record row[field] are ids of `target` rows (rates by phase, times by item). */
  | { kind: 'record-keys'; field: string; target: TableName }
  /** row[field] is { kind, id }: the kind says which table the id points into (none: nowhere). */
  | { kind: 'tagged'; field: string; targets: Record<string, TableName | null> };

const owner = (field: string, target: TableName): IdReference => ({
  kind: 'id',
  field,
  target,
  mustResolve: true,
});
const link = (field: string, target: TableName): IdReference => ({
  kind: 'id',
  field,
  target,
  mustResolve: false,
});

const inEngagement = owner('engagementId', 'engagements');
const inSession = owner('sessionId', 'sessions');

const actionSourceTargets: Record<ActionSourceKind, TableName | null> = {
  none: null,
  objective: 'objectives',
  critique: 'critiqueEntries',
  'agenda-item': 'agendaItems',
  campaign: 'campaigns',
};

/** Typed by table name, so a table added to shared/data/tables.ts must be described here. */
export const idReferences: { [T in TableName]: readonly IdReference[] } = {
  engagements: [],
  sessions: [inEngagement],
  agendaItems: [inSession],
  participants: [inEngagement, inSession],
  sessionNotes: [inSession, link('agendaItemId', 'agendaItems')],
  facilitatorClocks: [
    inSession,
    inEngagement,
    link('currentItemId', 'agendaItems'),
    { kind: 'record-keys', field: 'elapsedMs', target: 'agendaItems' },
  ],
  actionItems: [
    inEngagement,
    link('sessionId', 'sessions'),
    link('ownerParticipantId', 'participants'),
    { kind: 'tagged', field: 'source', targets: actionSourceTargets },
  ],
  salesStages: [inEngagement],
  competitors: [inEngagement],
  industryTrends: [inEngagement],
  objectives: [inEngagement, link('statedInSessionId', 'sessions')],
  objectiveRevisions: [
    inEngagement,
    // Removing an objective keeps its history, so an undo brings it back whole.
    link('objectiveId', 'objectives'),
    link('sessionId', 'sessions'),
  ],
  // A removal names the objective it removed, which is gone.
  objectiveRemovals: [
    inEngagement,
    link('objectiveId', 'objectives'),
    link('sessionId', 'sessions'),
  ],
  personas: [inEngagement],
  // An objection keeps its phase id when the phase is removed; it then shows under no phase.
  objections: [inEngagement, link('phaseId', 'journeyPhases')],
  perceptions: [inEngagement],
  salesHandoffs: [inEngagement],
  critiqueEntries: [inEngagement],
  critiqueSheets: [inEngagement],
  brandProfiles: [inEngagement],
  brandTraits: [inEngagement],
  brandChannels: [inEngagement],
  journeyPhases: [inEngagement],
  // Removing a phase removes its touch points and scores with it; removing a persona does not.
  touchPoints: [inEngagement, owner('phaseId', 'journeyPhases')],
  emotionScores: [inEngagement, owner('phaseId', 'journeyPhases'), link('personaId', 'personas')],
  plans: [
    inEngagement,
    link('goalPhaseId', 'journeyPhases'),
    link('leadPhaseId', 'journeyPhases'),
    link('opportunityPhaseId', 'journeyPhases'),
    { kind: 'record-keys', field: 'rates', target: 'journeyPhases' },
  ],
  campaigns: [inEngagement, link('phaseId', 'journeyPhases'), link('objectiveId', 'objectives')],
  engagementBrandings: [inEngagement],
  documentChoices: [inEngagement],
};
