import type { z } from 'zod';
import { actionItemSchema } from '../domain/action-item';
import { agendaItemSchema } from '../domain/agenda';
import { brandChannelSchema, brandProfileSchema, brandTraitSchema } from '../domain/brand';
import { campaignSchema } from '../domain/campaign';
import { competitorSchema } from '../domain/competitor';
import { critiqueEntrySchema, critiqueSheetSchema } from '../domain/critique';
import { documentChoicesSchema } from '../domain/document-choices';
import { personaEmotionScoreSchema } from '../domain/emotion-score';
import { engagementSchema } from '../domain/engagement';
import { engagementBrandingSchema } from '../domain/engagement-branding';
import { facilitatorClockSchema } from '../domain/facilitator-clock-record';
import { industryTrendSchema } from '../domain/industry-trend';
import { journeyPhaseSchema } from '../domain/journey-phase';
import { objectionSchema } from '../domain/objection';
import { objectiveRemovalSchema } from '../domain/objective-removal';
import { objectiveRevisionSchema } from '../domain/objective-revisions';
import { objectiveSchema } from '../domain/objective';
import { participantSchema } from '../domain/participant';
import { perceptionSchema } from '../domain/perception';
import { personaSchema } from '../domain/persona';
import { planSchema } from '../domain/plan';
import { salesHandoffSchema } from '../domain/sales-handoff';
import { salesStageSchema } from '../domain/sales-stage';
import { sessionNoteSchema } from '../domain/session-note';
import { sessionSchema } from '../domain/session';
import { touchPointSchema } from '../domain/touch-point';

/**
 * Every table of client data, with the schema of its rows, its primary key and what it belongs to.
 * One place that knows the whole store: the safety journal, backups and the engagement file all
 * read it, so a new table is added here once.
 */
export interface TableSpec {
  schema: z.ZodType;
  /** The primary key field. */
  key: 'id' | 'engagementId' | 'sessionId';
  /** What a row belongs to: the engagement itself, one of its sessions, or the engagement. */
  owner: 'engagement-root' | 'engagement' | 'session';
}

export const tableSpecs = {
  engagements: { schema: engagementSchema, key: 'id', owner: 'engagement-root' },
  sessions: { schema: sessionSchema, key: 'id', owner: 'engagement' },
  agendaItems: { schema: agendaItemSchema, key: 'id', owner: 'session' },
  participants: { schema: participantSchema, key: 'id', owner: 'session' },
  sessionNotes: { schema: sessionNoteSchema, key: 'id', owner: 'session' },
  facilitatorClocks: { schema: facilitatorClockSchema, key: 'sessionId', owner: 'session' },
  actionItems: { schema: actionItemSchema, key: 'id', owner: 'engagement' },
  salesStages: { schema: salesStageSchema, key: 'id', owner: 'engagement' },
  competitors: { schema: competitorSchema, key: 'id', owner: 'engagement' },
  industryTrends: { schema: industryTrendSchema, key: 'id', owner: 'engagement' },
  objectives: { schema: objectiveSchema, key: 'id', owner: 'engagement' },
  objectiveRevisions: { schema: objectiveRevisionSchema, key: 'id', owner: 'engagement' },
  objectiveRemovals: { schema: objectiveRemovalSchema, key: 'id', owner: 'engagement' },
  personas: { schema: personaSchema, key: 'id', owner: 'engagement' },
  objections: { schema: objectionSchema, key: 'id', owner: 'engagement' },
  perceptions: { schema: perceptionSchema, key: 'id', owner: 'engagement' },
  salesHandoffs: { schema: salesHandoffSchema, key: 'engagementId', owner: 'engagement' },
  critiqueEntries: { schema: critiqueEntrySchema, key: 'id', owner: 'engagement' },
  critiqueSheets: { schema: critiqueSheetSchema, key: 'engagementId', owner: 'engagement' },
  brandProfiles: { schema: brandProfileSchema, key: 'engagementId', owner: 'engagement' },
  brandTraits: { schema: brandTraitSchema, key: 'id', owner: 'engagement' },
  brandChannels: { schema: brandChannelSchema, key: 'id', owner: 'engagement' },
  // The deliverables' look (client logo, accent colour) and the last export choices.
  engagementBrandings: {
    schema: engagementBrandingSchema,
    key: 'engagementId',
    owner: 'engagement',
  },
  documentChoices: { schema: documentChoicesSchema, key: 'engagementId', owner: 'engagement' },
  journeyPhases: { schema: journeyPhaseSchema, key: 'id', owner: 'engagement' },
  touchPoints: { schema: touchPointSchema, key: 'id', owner: 'engagement' },
  emotionScores: { schema: personaEmotionScoreSchema, key: 'id', owner: 'engagement' },
  plans: { schema: planSchema, key: 'engagementId', owner: 'engagement' },
  campaigns: { schema: campaignSchema, key: 'id', owner: 'engagement' },
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof tableSpecs;
export const tableNames = Object.keys(tableSpecs) as TableName[];

export function isTableName(value: string): value is TableName {
  return Object.hasOwn(tableSpecs, value);
}
