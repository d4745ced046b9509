import { limits } from '../../../../shared/domain/limits';
import {
  durationUnits,
  maxDurationByUnit,
  type DurationUnit,
  type SalesStage,
  type SalesStageEditable,
} from '../../../../shared/domain/sales-stage';
import { AutosaveDecimalField, AutosaveTextField } from '../../components/AutosaveField';
import { ChoiceField } from '../../components/ChoiceField';
import { decimalParser } from '../../components/decimal-parser';
import { textParser } from '../../components/field-parsers';
import { fieldSavers } from '../../components/field-savers';
import { salesStageRepository } from '../../db/repositories/sales-stage-repository';
import type { ListRowProps } from './SituationList';
import { SituationCard } from './SituationCard';

const unitChoices = durationUnits.map((unit) => ({ value: unit, label: unit }));

const conversionParser = decimalParser('The conversion', {
  min: 0,
  max: 100,
  percent: true,
  aboveMaxMessage:
    'The conversion cannot be above 100 %: a stage cannot pass on more prospects than it has.',
});

/** One stage of the sales process: what happens, how long it takes, how many move on. */
export function SalesStageRow({
  row,
  controls,
  name,
  onRemove,
  autoFocus,
}: ListRowProps<SalesStage>) {
  const save = fieldSavers<SalesStageEditable>((patch) =>
    salesStageRepository.update(row.id, patch),
  );
  const max = maxDurationByUnit[row.durationUnit];
  return (
    <SituationCard
      kind="stage"
      heading={`Stage ${controls.index + 1}`}
      name={name}
      controls={controls}
      onRemove={onRemove}
      badges={
        row.conversionRate !== null ? (
          <span className="badge">{row.conversionRate} % move on</span>
        ) : null
      }
    >
      <AutosaveTextField
        label="Stage name"
        className="situation-field--name"
        placeholder="e.g. Qualified lead"
        autoFocus={autoFocus}
        value={row.name}
        parse={textParser('Stage name', limits.name)}
        save={save('name')}
      />
      <AutosaveDecimalField
        label="Typical duration"
        placeholder="e.g. 2"
        value={row.duration}
        parse={decimalParser('The duration', {
          min: 0,
          max,
          aboveMaxMessage: `A stage can last at most ${max} ${row.durationUnit} (ten years).`,
        })}
        save={save('duration')}
      />
      <ChoiceField<DurationUnit>
        label="Duration unit"
        value={row.durationUnit}
        choices={unitChoices}
        save={save('durationUnit')}
      />
      <AutosaveDecimalField
        label="Conversion to next stage (%)"
        placeholder="e.g. 40"
        value={row.conversionRate}
        parse={conversionParser}
        save={save('conversionRate')}
      />
      <AutosaveTextField
        label="What happens"
        className="situation-field--wide"
        multiline
        rows={2}
        placeholder="Who does what with the prospect here, and what moves them on"
        value={row.activities}
        parse={textParser('What happens', limits.longText)}
        save={save('activities')}
      />
    </SituationCard>
  );
}
