import {
  horizonText,
  maxHorizonYears,
  trendHorizonLabels,
  trendHorizons,
  trendImpactLabels,
  trendImpacts,
  type IndustryTrend,
  type IndustryTrendEditable,
  type TrendHorizon,
  type TrendImpact,
} from '../../../../shared/domain/industry-trend';
import { limits } from '../../../../shared/domain/limits';
import { AutosaveDecimalField, AutosaveTextField } from '../../components/AutosaveField';
import { decimalParser } from '../../components/decimal-parser';
import { ChoiceField, choicesOf } from '../../components/ChoiceField';
import { textParser } from '../../components/field-parsers';
import { fieldSavers } from '../../components/field-savers';
import { industryTrendRepository } from '../../db/repositories/industry-trend-repository';
import type { ListRowProps } from './SituationList';
import { SituationCard } from './SituationCard';

const impactChoices = choicesOf(trendImpacts, trendImpactLabels);
const horizonChoices = choicesOf(trendHorizons, trendHorizonLabels);
const readYears = decimalParser('The horizon', { min: 0, max: maxHorizonYears });

/** A trend in the client's industry: whether it helps or hurts, and when it bites. */
export function IndustryTrendRow({
  row,
  controls,
  name,
  onRemove,
  autoFocus,
}: ListRowProps<IndustryTrend>) {
  const save = fieldSavers<IndustryTrendEditable>((patch) =>
    industryTrendRepository.update(row.id, patch),
  );
  return (
    <SituationCard
      kind="trend"
      heading={`Trend ${controls.index + 1}`}
      name={name}
      controls={controls}
      onRemove={onRemove}
      badges={
        <>
          {row.impact ? (
            <span className={`badge impact-badge impact-badge--${row.impact}`}>
              {row.impact === 'positive' ? '↑ positive' : '↓ negative'}
            </span>
          ) : null}
          {row.horizon ? <span className="badge">{horizonText(row)}</span> : null}
        </>
      }
    >
      <AutosaveTextField
        label="Trend"
        className="situation-field--name"
        placeholder="e.g. Buyers research online before talking to sales"
        autoFocus={autoFocus}
        value={row.trend}
        parse={textParser('Trend', limits.shortText)}
        save={save('trend')}
      />
      <ChoiceField<TrendImpact>
        label="Impact"
        value={row.impact}
        choices={impactChoices}
        emptyLabel="Not rated"
        save={save('impact')}
      />
      <ChoiceField<TrendHorizon>
        label="Horizon"
        value={row.horizon}
        choices={horizonChoices}
        emptyLabel="Not set"
        save={save('horizon')}
      />
      {row.horizon === 'years' ? (
        <AutosaveDecimalField
          label="Years from now"
          className="situation-field--years"
          placeholder="e.g. 7"
          autoFocus={false}
          value={row.horizonYears}
          parse={readYears}
          save={save('horizonYears')}
        />
      ) : null}
      <AutosaveTextField
        label="What it means for the client"
        className="situation-field--wide"
        multiline
        rows={2}
        placeholder="The opportunity or risk it creates for the plan"
        value={row.implication}
        parse={textParser('What it means for the client', limits.longText)}
        save={save('implication')}
      />
    </SituationCard>
  );
}
