import type { Campaign } from '../../../../shared/domain/campaign';
import type { JourneyPhase } from '../../../../shared/domain/journey-phase';
import type { WorkBackwardsPlan } from '../../../../shared/planning/work-backwards';
import { EditableListSection } from '../../components/EditableListSection';
import { campaignRepository } from '../../db/repositories/campaign-repository';
import { useObjectives } from '../../hooks/use-objectives';
import { CampaignRow } from './CampaignRow';

interface CampaignListProps {
  engagementId: string;
  campaigns: readonly Campaign[] | undefined;
  phases: readonly JourneyPhase[];
  worked: WorkBackwardsPlan;
  /** The engagement's currency, every budget's; '' until chosen. */
  currency: string;
}

/** The sequence of campaigns, each with its own attainable goal, tied to a phase. */
export function CampaignList({
  engagementId,
  campaigns,
  phases,
  worked,
  currency,
}: CampaignListProps) {
  const objectives = useObjectives(engagementId) ?? [];
  return (
    <EditableListSection
      title="Campaigns"
      className="campaign-list"
      intro={
        <p className="subtle">
          In the order they run. Tie each to the phase it moves people through; its target can come
          straight from the planner.
        </p>
      }
      items={campaigns}
      emptyText="No campaigns yet. Add one here, or from a phase in the planner above."
      addLabel="Add campaign"
      onAdd={() => campaignRepository.add(engagementId)}
      onReorder={(ids) => campaignRepository.reorder(engagementId, ids)}
      repository={campaignRepository}
      describe={(campaign) => `“${campaign.name.trim() || 'untitled campaign'}”`}
      renderRow={(campaign, row) => (
        <CampaignRow
          campaign={campaign}
          row={row}
          phases={phases}
          objectives={objectives}
          worked={worked}
          currency={currency}
        />
      )}
    />
  );
}
