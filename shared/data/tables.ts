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
import { tableLayouts, tableNames, type TableLayout, type TableName } from './table-names';

export { isTableName, tableNames, type TableName } from './table-names';

/**
 * Every table of client data, with the schema of its rows, its primary key and what it belongs to.
 * One place that knows the whole store: the safety journal, backups and the engagement file all
 * read it. A new table is named in table-names.ts and given its schema here; the compiler asks for
 * both. Code on the start's path (the database, its journal, the start's check) imports
 * table-names.ts instead, so the home is listed before any schema is evaluated.
 */
export interface TableSpec extends TableLayout {
  schema: z.ZodType;
}

const tableSchemas = {
  engagements: engagementSchema,
  sessions: sessionSchema,
  agendaItems: agendaItemSchema,
  participants: participantSchema,
  sessionNotes: sessionNoteSchema,
  facilitatorClocks: facilitatorClockSchema,
  actionItems: actionItemSchema,
  salesStages: salesStageSchema,
  competitors: competitorSchema,
  industryTrends: industryTrendSchema,
  objectives: objectiveSchema,
  objectiveRevisions: objectiveRevisionSchema,
  objectiveRemovals: objectiveRemovalSchema,
  personas: personaSchema,
  objections: objectionSchema,
  perceptions: perceptionSchema,
  salesHandoffs: salesHandoffSchema,
  critiqueEntries: critiqueEntrySchema,
  critiqueSheets: critiqueSheetSchema,
  brandProfiles: brandProfileSchema,
  brandTraits: brandTraitSchema,
  brandChannels: brandChannelSchema,
  engagementBrandings: engagementBrandingSchema,
  documentChoices: documentChoicesSchema,
  journeyPhases: journeyPhaseSchema,
  touchPoints: touchPointSchema,
  emotionScores: personaEmotionScoreSchema,
  plans: planSchema,
  campaigns: campaignSchema,
} as const satisfies Record<TableName, z.ZodType>;

type TableSpecs = {
  [T in TableName]: (typeof tableLayouts)[T] & { schema: (typeof tableSchemas)[T] };
};

export const tableSpecs = Object.fromEntries(
  tableNames.map((name) => [name, { ...tableLayouts[name], schema: tableSchemas[name] }]),
) as TableSpecs satisfies Record<TableName, TableSpec>;
