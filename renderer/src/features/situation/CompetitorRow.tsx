import {
  threatLevelLabels,
  threatLevels,
  type Competitor,
  type CompetitorEditable,
  type ThreatLevel,
} from '../../../../shared/domain/competitor';
import { limits } from '../../../../shared/domain/limits';
import { AutosaveTextField } from '../../components/AutosaveField';
import { ChoiceField, choicesOf } from '../../components/ChoiceField';
import { textParser } from '../../components/field-parsers';
import { fieldSavers } from '../../components/field-savers';
import { competitorRepository } from '../../db/repositories/competitor-repository';
import type { ListRowProps } from './SituationList';
import { SituationCard } from './SituationCard';

const threatChoices = choicesOf(threatLevels, threatLevelLabels);

/** A primary competitor: how they position themselves, what they do well and badly, the threat. */
export function CompetitorRow({
  row,
  controls,
  name,
  onRemove,
  autoFocus,
}: ListRowProps<Competitor>) {
  const save = fieldSavers<CompetitorEditable>((patch) =>
    competitorRepository.update(row.id, patch),
  );
  const text = (key: 'positioning' | 'strengths' | 'weaknesses', label: string, hint: string) => (
    <AutosaveTextField
      label={label}
      className={key === 'positioning' ? 'situation-field--wide' : 'situation-field--half'}
      multiline
      rows={2}
      placeholder={hint}
      value={row[key]}
      parse={textParser(label, key === 'positioning' ? limits.shortText : limits.longText)}
      save={save(key)}
    />
  );
  return (
    <SituationCard
      kind="competitor"
      heading={`Competitor ${controls.index + 1}`}
      name={name}
      controls={controls}
      onRemove={onRemove}
      badges={
        row.threat ? (
          <span className={`badge threat-badge threat-badge--${row.threat}`}>
            {threatLevelLabels[row.threat]} threat
          </span>
        ) : null
      }
    >
      <AutosaveTextField
        label="Competitor name"
        className="situation-field--name"
        placeholder="e.g. Northwind Systems"
        autoFocus={autoFocus}
        value={row.name}
        parse={textParser('Competitor name', limits.name)}
        save={save('name')}
      />
      <ChoiceField<ThreatLevel>
        label="Threat level"
        value={row.threat}
        choices={threatChoices}
        emptyLabel="Not rated"
        save={save('threat')}
      />
      {text('positioning', 'Positioning', 'How they present themselves to the client’s buyers')}
      {text('strengths', 'Strengths', 'Where they win deals')}
      {text('weaknesses', 'Weaknesses', 'Where they lose deals')}
    </SituationCard>
  );
}
