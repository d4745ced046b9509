import { maxCompetitors, type Competitor } from '../../../../shared/domain/competitor';
import { maxIndustryTrends, type IndustryTrend } from '../../../../shared/domain/industry-trend';
import { limits } from '../../../../shared/domain/limits';
import { maxSalesStages, type SalesStage } from '../../../../shared/domain/sales-stage';
import { competitorRepository } from '../../db/repositories/competitor-repository';
import { industryTrendRepository } from '../../db/repositories/industry-trend-repository';
import { salesStageRepository } from '../../db/repositories/sales-stage-repository';
import { useCompetitors } from '../../hooks/use-competitors';
import { useIndustryTrends } from '../../hooks/use-industry-trends';
import { useSalesStages } from '../../hooks/use-sales-stages';
import type { WorksheetProps } from '../workspace/worksheet-props';
import { CompetitorRow } from './CompetitorRow';
import { IndustryTrendRow } from './IndustryTrendRow';
import { SalesProcessSummary } from './SalesProcessSummary';
import { SalesStageRow } from './SalesStageRow';
import { SituationList } from './SituationList';
import './situation.css';

/** The honest look at the client's situation that objectives are set against. */
export function SituationWorksheet({ engagement }: WorksheetProps) {
  const stages = useSalesStages(engagement.id);
  const competitors = useCompetitors(engagement.id);
  const trends = useIndustryTrends(engagement.id);
  return (
    <section className="worksheet situation" aria-labelledby="situation-title">
      <h2 id="situation-title">Situation analysis</h2>
      <p className="worksheet-hint">
        Look honestly at where the client stands before setting objectives. Map the sales process
        stage by stage (how long each takes, what share moves on), name the primary competitors and
        the threat each poses, and the industry trends that help or hurt. Numbers the room agrees on
        beat precise guesses; leave a field blank until someone knows.
      </p>
      <SituationList<SalesStage>
        engagementId={engagement.id}
        title="Sales process"
        listLabel="Sales stages"
        rows={stages}
        repository={salesStageRepository}
        nameOf={(row) => row.name}
        addLabel="Add stage"
        emptyText="No stages yet. Start with how a prospect first meets the client and end with the signed deal."
        noun={{ one: 'stage', many: 'stages' }}
        max={maxSalesStages}
        maxLength={limits.name}
        renderRow={(props) => <SalesStageRow {...props} />}
        footer={stages ? <SalesProcessSummary stages={stages} /> : null}
      />
      <SituationList<Competitor>
        engagementId={engagement.id}
        title="Primary competitors"
        listLabel="Competitors"
        rows={competitors}
        repository={competitorRepository}
        nameOf={(row) => row.name}
        addLabel="Add competitor"
        emptyText="No competitors yet. Ask sales who they lose deals to."
        noun={{ one: 'competitor', many: 'competitors' }}
        max={maxCompetitors}
        maxLength={limits.name}
        renderRow={(props) => <CompetitorRow {...props} />}
      />
      <SituationList<IndustryTrend>
        engagementId={engagement.id}
        title="Industry trends"
        listLabel="Industry trends"
        rows={trends}
        repository={industryTrendRepository}
        nameOf={(row) => row.trend}
        addLabel="Add trend"
        emptyText="No trends yet. What is changing in the client’s market, and when will it bite?"
        noun={{ one: 'trend', many: 'trends' }}
        max={maxIndustryTrends}
        maxLength={limits.shortText}
        renderRow={(props) => <IndustryTrendRow {...props} />}
      />
    </section>
  );
}
