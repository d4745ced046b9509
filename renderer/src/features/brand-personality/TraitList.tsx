import type { BrandTrait } from '../../../../shared/domain/brand';
import { limits } from '../../../../shared/domain/limits';
import { AutosaveTextField } from '../../components/AutosaveField';
import { EditableListSection } from '../../components/EditableListSection';
import { textParser } from '../../components/field-parsers';
import { ListRow } from '../../components/ListRow';
import { removedName, rowName } from '../../components/RowControls';
import { brandTraitRepository } from '../../db/repositories/brand-trait-repository';
import { useBrandTraits } from '../../hooks/use-brand-traits';

const traitText = (trait: BrandTrait) =>
  [trait.weAre, trait.weAreNot].filter((part) => part.trim() !== '').join(' / ');

/** The personality as pairs, "we are confident / we are not arrogant", most important first. */
export function TraitList({ engagementId }: { engagementId: string }) {
  const traits = useBrandTraits(engagementId);
  return (
    <EditableListSection
      title="Traits: we are … / we are not …"
      className="brand-traits"
      items={traits}
      emptyText="No traits yet. Three to five pairs are usually enough."
      intro={
        traits && traits.length > 0 ? (
          <div className="column-labels brand-trait-header" aria-hidden="true">
            <span>We are …</span>
            <span>We are not …</span>
          </div>
        ) : null
      }
      addLabel="Add trait"
      onAdd={() => brandTraitRepository.add(engagementId)}
      onReorder={(ids) => brandTraitRepository.reorder(engagementId, ids)}
      repository={brandTraitRepository}
      describe={(trait) => removedName(traitText(trait), 'trait')}
      renderRow={(trait, row) => {
        const { controls, autoFocus } = row;
        const name = rowName(traitText(trait), 'trait', controls.index);
        const number = controls.index + 1;
        return (
          <ListRow
            name={name}
            row={row}
            className="brand-trait-row"
            bodyClassName="brand-trait-row__pair"
          >
            <AutosaveTextField
              label={`We are (trait ${number})`}
              hideLabel
              placeholder="e.g. confident"
              autoFocus={autoFocus}
              value={trait.weAre}
              parse={textParser('“We are”', limits.name)}
              save={(weAre) => brandTraitRepository.update(trait.id, { weAre })}
            />
            <AutosaveTextField
              label={`We are not (trait ${number})`}
              hideLabel
              placeholder="e.g. arrogant"
              value={trait.weAreNot}
              parse={textParser('“We are not”', limits.name)}
              save={(weAreNot) => brandTraitRepository.update(trait.id, { weAreNot })}
            />
          </ListRow>
        );
      }}
    />
  );
}
