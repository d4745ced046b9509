import type { EngagementFileContent } from '../../shared/engagement-file/format';
import { actionItems } from './action-items';
import { agendaItems, facilitatorClocks, sessionNotes } from './agenda-and-notes';
import { objections, perceptions, personas, salesHandoffs } from './alignment';
import { brandChannels, brandProfiles, brandTraits } from './brand';
import { documentChoices, engagementBrandings } from './branding';
import { engagement, sessions } from './engagement';
import { emotionScores, journeyPhases, touchPoints } from './journey';
import { objectiveRemovals, objectiveRevisions, objectiveRows } from './objectives';
import { participants } from './people';
import { campaignRows, plans } from './plan-and-campaigns';
import { critiqueEntries, critiqueSheets } from './self-critique';
import { competitors, industryTrends, salesStages } from './situation';

/** The sample engagement: every worksheet filled in, across two sessions. */
export function halvorsenColdChain(): EngagementFileContent {
  return {
    engagement,
    tables: {
      sessions,
      agendaItems,
      participants,
      sessionNotes,
      facilitatorClocks,
      actionItems,
      salesStages,
      competitors,
      industryTrends,
      objectives: objectiveRows,
      objectiveRevisions,
      objectiveRemovals,
      personas,
      objections,
      perceptions,
      salesHandoffs,
      critiqueEntries,
      critiqueSheets,
      brandProfiles,
      brandTraits,
      brandChannels,
      engagementBrandings,
      documentChoices,
      journeyPhases,
      touchPoints,
      emotionScores,
      plans,
      campaigns: campaignRows,
    },
  };
}
