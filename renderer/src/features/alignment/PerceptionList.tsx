import { limits } from '../../../../shared/domain/limits';
import {
  perceptionVerdictLabels,
  perceptionVerdicts,
  type Perception,
  type PerceptionVerdict,
} from '../../../../shared/domain/perception';
import { AutosaveTextField } from '../../components/AutosaveField';
import { EditableListSection, type ListRowContext } from '../../components/EditableListSection';
import { textParser } from '../../components/field-parsers';
import { ListRow } from '../../components/ListRow';
import { removedName, rowName } from '../../components/RowControls';
import { ChoiceField, choicesOf } from '../../components/ChoiceField';
import { perceptionRepository } from '../../db/repositories/perception-repository';
import { usePerceptions } from '../../hooks/use-alignment';

const verdictChoices = choicesOf(perceptionVerdicts, perceptionVerdictLabels);

/** What buyers believe about the brand, whether it is true, and what to do about it. */
export function PerceptionList({ engagementId }: { engagementId: string }) {
  const perceptions = usePerceptions(engagementId);
  return (
    <EditableListSection
      title="Perceptions"
      items={perceptions}
      emptyText="No perceptions yet. What do prospects say about us before they know us well?"
      addLabel="Add perception"
      onAdd={() => perceptionRepository.add(engagementId)}
      onReorder={(ids) => perceptionRepository.reorder(engagementId, ids)}
      repository={perceptionRepository}
      describe={(perception) => removedName(perception.perception, 'perception')}
      renderRow={(perception, row) => <PerceptionRow perception={perception} row={row} />}
    />
  );
}

function PerceptionRow({ perception, row }: { perception: Perception; row: ListRowContext }) {
  const name = rowName(perception.perception, 'perception', row.controls.index);
  return (
    <ListRow
      name={name}
      row={row}
      className={`perception-row perception-row--${perception.verdict}`}
      data-testid="perception-row"
    >
      <div className="alignment-row__top">
        <AutosaveTextField
          label="Perception"
          placeholder="e.g. “They only work with large enterprises.”"
          autoFocus={row.autoFocus}
          value={perception.perception}
          parse={textParser('Perception', limits.shortText)}
          save={(value) => perceptionRepository.update(perception.id, { perception: value })}
        />
        <ChoiceField<PerceptionVerdict>
          label="Is it true?"
          value={perception.verdict}
          choices={verdictChoices}
          save={(verdict) => perceptionRepository.update(perception.id, { verdict })}
        />
      </div>
      <AutosaveTextField
        label="What to do about it"
        multiline
        rows={2}
        placeholder="Correct it, live up to it, or use it"
        value={perception.response}
        parse={textParser('What to do about it', limits.longText)}
        save={(response) => perceptionRepository.update(perception.id, { response })}
      />
    </ListRow>
  );
}
