import type { MarketingPlanRecords } from '../../shared/documents/to-marketing-plan-snapshot';
import type { PersonaEmotionScore } from '../../shared/domain/emotion-score';
import { collectEngagementFile } from '../../shared/engagement-file/collect';
import type {
  EngagementFile,
  EngagementFileTables,
  EngagementRow,
} from '../../shared/engagement-file/format';

type PlanRecords = MarketingPlanRecords & { emotionScores: PersonaEmotionScore[] };

const stamp = 1_764_000_000_000;

/**
 * An engagement file holding an engagement's plan records, as the app would export it, so the
 * benchmark can run the command line on engagements of any size. Session-only tables (agenda,
 * notes, clocks) stay empty: the plan does not read them.
 */
export function engagementFileOfRecords(
  records: PlanRecords,
  id = 'bench-engagement',
): EngagementFile {
  const engagement: EngagementRow = {
    ...records.engagement,
    id,
    createdAt: stamp,
    updatedAt: stamp,
    lastOpenedAt: stamp,
    archivedAt: 0,
    deletedAt: 0,
  };
  const mine = <T extends object>(rows: readonly T[]) =>
    rows.map((row) => ({ ...row, engagementId: id }));
  const tables: EngagementFileTables = {
    sessions: mine(records.sessions),
    agendaItems: [],
    participants: mine(records.participants) as EngagementFileTables['participants'],
    sessionNotes: [],
    facilitatorClocks: [],
    actionItems: mine(records.actionItems),
    salesStages: mine(records.salesStages),
    competitors: mine(records.competitors),
    industryTrends: mine(records.industryTrends),
    objectives: mine(records.objectives),
    objectiveRevisions: mine(records.objectiveRevisions),
    personas: mine(records.personas),
    objections: mine(records.objections),
    perceptions: mine(records.perceptions),
    salesHandoffs: [],
    critiqueEntries: mine(records.critiqueEntries),
    critiqueSheets: mine([records.critiqueSheet]),
    brandProfiles: mine([records.brandProfile]),
    brandTraits: mine(records.brandTraits),
    brandChannels: mine(records.brandChannels),
    journeyPhases: mine(records.journeyPhases),
    touchPoints: mine(records.touchPoints),
    emotionScores: mine(records.emotionScores),
    plans: mine([records.plan]),
    campaigns: mine(records.campaigns),
  } as EngagementFileTables;
  return collectEngagementFile(
    { engagement, tables },
    { exportedAt: new Date(stamp), app: { name: 'Session Studio', version: 'bench' } },
  );
}
