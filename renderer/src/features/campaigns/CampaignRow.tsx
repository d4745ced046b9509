import {
  campaignDatesProblem,
  campaignStatusLabels,
  campaignStatuses,
  campaignTypeLabels,
  campaignTypes,
  type Campaign,
  type CampaignEditable,
} from '../../../../shared/domain/campaign';
import type { JourneyPhase } from '../../../../shared/domain/journey-phase';
import { limits } from '../../../../shared/domain/limits';
import type { Objective } from '../../../../shared/domain/objective';
import { formatWhole } from '../../../../shared/planning/number-format';
import type { WorkBackwardsPlan } from '../../../../shared/planning/work-backwards';
import { AutosaveDecimalField, AutosaveTextField } from '../../components/AutosaveField';
import { ChoiceField, choicesOf } from '../../components/ChoiceField';
import { phaseChoices } from '../../components/phase-choices';
import type { ListRowContext } from '../../components/EditableListSection';
import { textParser } from '../../components/field-parsers';
import { ListRow } from '../../components/ListRow';
import { rowName } from '../../components/RowControls';
import { fieldSavers } from '../../components/field-savers';
import { campaignRepository } from '../../db/repositories/campaign-repository';
import { plannerTarget } from './campaign-from-plan';
import { budgetParserIn, dateParser, targetParser } from './plan-parsers';

interface CampaignRowProps {
  campaign: Campaign;
  row: ListRowContext;
  phases: readonly JourneyPhase[];
  objectives: readonly Objective[];
  worked: WorkBackwardsPlan;
  currency: string;
}

const statusChoices = choicesOf(campaignStatuses, campaignStatusLabels);
const typeChoices = choicesOf(campaignTypes, campaignTypeLabels);

function objectiveLabel(objective: Objective, index: number): string {
  return objective.metric.trim() || objective.statement.trim() || `Objective ${index + 1}`;
}

/** One campaign: what it aims at, where it sits in the journey, when it runs, who owns it. */
export function CampaignRow({
  campaign,
  row,
  phases,
  objectives,
  worked,
  currency,
}: CampaignRowProps) {
  const number = row.controls.index + 1;
  const name = rowName(campaign.name, 'campaign', row.controls.index);
  const save = fieldSavers<CampaignEditable>((patch) =>
    campaignRepository.update(campaign.id, patch),
  );
  const text = (key: keyof CampaignEditable, label: string, max: number) => ({
    label,
    value: campaign[key] as string,
    parse: textParser(label, max),
    save: save(key) as (value: string) => Promise<void>,
  });
  // Said beside the date being typed, before anything is written.
  const dateIn = (which: 'start' | 'end') => (draft: string) => {
    const parsed = dateParser(draft);
    if (!parsed.ok) return parsed;
    const [start, end] =
      which === 'start' ? [parsed.value, campaign.endDate] : [campaign.startDate, parsed.value];
    const problem = campaignDatesProblem(start, end);
    return problem ? ({ ok: false, message: problem } as const) : parsed;
  };
  const phaseKnown = phases.some((phase) => phase.id === campaign.phaseId);
  const objectiveKnown = objectives.some((objective) => objective.id === campaign.objectiveId);
  const suggested = phaseKnown ? plannerTarget(worked, campaign.phaseId) : null;

  return (
    <ListRow
      name={name}
      row={row}
      className="campaign-row"
      role="group"
      aria-label={`Campaign ${number}`}
      bodyClassName="campaign-row__body"
    >
      <div className="campaign-row__line campaign-row__line--head">
        <AutosaveTextField
          {...text('name', 'Name', limits.name)}
          className="campaign-row__name"
          placeholder="e.g. Spring lead-generation webinars"
          autoFocus={row.autoFocus}
        />
        <ChoiceField
          label="Type"
          value={campaign.type}
          choices={typeChoices}
          emptyLabel="No type yet"
          save={save('type')}
        />
        <ChoiceField
          label="Phase"
          value={phaseKnown ? campaign.phaseId : null}
          choices={phaseChoices(phases)}
          emptyLabel="No phase"
          save={(value) => save('phaseId')(value ?? '')}
        />
        {objectives.length > 0 ? (
          <ChoiceField
            label="Objective"
            value={objectiveKnown ? campaign.objectiveId : null}
            choices={objectives.map((objective, index) => ({
              value: objective.id,
              label: objectiveLabel(objective, index),
            }))}
            emptyLabel="No objective"
            save={(value) => save('objectiveId')(value ?? '')}
          />
        ) : null}
        <ChoiceField
          label="Status"
          value={campaign.status}
          choices={statusChoices}
          save={save('status')}
        />
      </div>
      <div className="campaign-row__line">
        <AutosaveTextField
          {...text('goal', 'Attainable goal', limits.shortText)}
          className="campaign-row__wide"
          placeholder="Its own attainable goal, e.g. 600 qualified leads by June"
        />
        <AutosaveTextField
          {...text('kpi', 'KPI', limits.shortText)}
          placeholder="e.g. qualified leads"
        />
        <div className="campaign-row__target">
          <AutosaveDecimalField
            label="Target"
            value={campaign.target}
            parse={targetParser}
            save={save('target')}
          />
          {suggested !== null && suggested !== campaign.target ? (
            <button
              type="button"
              className="button button--small button--link"
              onClick={() => void save('target')(suggested)}
            >
              Use the planner’s {formatWhole(suggested)}
            </button>
          ) : null}
        </div>
      </div>
      <div className="campaign-row__line">
        <AutosaveTextField
          {...text('channels', 'Channels', limits.shortText)}
          placeholder="e.g. LinkedIn, email"
        />
        <AutosaveTextField
          {...text('landingPage', 'Landing page', limits.shortText)}
          placeholder="e.g. /webinar"
        />
        <AutosaveTextField {...text('owner', 'Owner', limits.name)} />
      </div>
      <div className="campaign-row__line">
        <AutosaveTextField
          label="Start"
          type="date"
          value={campaign.startDate}
          parse={dateIn('start')}
          save={save('startDate')}
        />
        <AutosaveTextField
          label="End"
          type="date"
          value={campaign.endDate}
          parse={dateIn('end')}
          save={save('endDate')}
        />
        <AutosaveDecimalField
          label={`Budget${currency ? ` (${currency})` : ''}`}
          value={campaign.budget}
          parse={budgetParserIn(currency)}
          // Stamped with the engagement's currency, so budgets of two currencies never mix.
          save={(budget) =>
            campaignRepository.update(campaign.id, { budget, budgetCurrency: currency })
          }
          hint={
            campaign.budget !== null &&
            campaign.budgetCurrency !== '' &&
            campaign.budgetCurrency !== currency
              ? `Entered in ${campaign.budgetCurrency}: enter it again in ${currency || 'the engagement’s currency'}.`
              : undefined
          }
        />
      </div>
      <AutosaveTextField
        {...text('content', 'Content', limits.longText)}
        multiline
        rows={2}
        placeholder="What it shares with the prospects: the engaging content that brings them to the landing page"
      />
    </ListRow>
  );
}
