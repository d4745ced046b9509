import { limits } from '../../../../shared/domain/limits';
import {
  objectionFrequencies,
  objectionFrequencyLabels,
  type Objection,
  type ObjectionEditable,
} from '../../../../shared/domain/objection';
import { AutosaveTextField } from '../../components/AutosaveField';
import { EditableListSection, type ListRowContext } from '../../components/EditableListSection';
import { textParser } from '../../components/field-parsers';
import { Notice } from '../../components/Notice';
import { DragHandle, removedName, RowMoveRemove, rowName } from '../../components/RowControls';
import { SelectField } from '../../components/SelectField';
import { objectionRepository } from '../../db/repositories/objection-repository';
import { useObjections } from '../../hooks/use-alignment';
import { useFailureMessage } from '../../hooks/use-failure-message';

const frequencyOptions = objectionFrequencies.map((value) => ({
  value,
  label: objectionFrequencyLabels[value],
}));

/** The top objections, each with the answer sales and marketing agree to give. */
export function ObjectionList({ engagementId }: { engagementId: string }) {
  const objections = useObjections(engagementId);
  const sorting = useFailureMessage();
  return (
    <EditableListSection
      title="Top objections"
      items={objections}
      emptyText="No objections yet. Ask sales which ones they hear before a deal stalls."
      addLabel="Add objection"
      onAdd={() => objectionRepository.add(engagementId)}
      onReorder={(ids) => objectionRepository.reorder(engagementId, ids)}
      repository={objectionRepository}
      describe={(objection) => removedName(objection.objection, 'objection')}
      toolbar={
        <div className="list-section__tools">
          <button
            type="button"
            className="button button--small"
            disabled={!objections || objections.length < 2}
            onClick={() =>
              void sorting.run(() => objectionRepository.sortByFrequency(engagementId))
            }
          >
            Sort by how often heard
          </button>
          {sorting.error ? (
            <Notice tone="error" onDismiss={sorting.clear}>
              {sorting.error}
            </Notice>
          ) : null}
        </div>
      }
      renderRow={(objection, row) => <ObjectionRow objection={objection} row={row} />}
    />
  );
}

function ObjectionRow({ objection, row }: { objection: Objection; row: ListRowContext }) {
  const name = rowName(objection.objection, 'objection', row.controls.index);
  const save = (key: 'objection' | 'answer') => (value: string) =>
    objectionRepository.update(objection.id, { [key]: value });
  return (
    <div className="list-row" data-testid="objection-row">
      <DragHandle name={name} controls={row.controls} />
      <div className="list-row__body">
        <div className="alignment-row__top">
          <AutosaveTextField
            label="Objection"
            placeholder="e.g. “It’s too expensive for a company our size.”"
            autoFocus={row.autoFocus}
            value={objection.objection}
            parse={textParser('Objection', limits.shortText)}
            save={save('objection')}
          />
          <SelectField<ObjectionEditable['frequency']>
            label="How often heard"
            value={objection.frequency}
            options={frequencyOptions}
            save={(frequency) => objectionRepository.update(objection.id, { frequency })}
          />
        </div>
        <AutosaveTextField
          label="Agreed answer"
          multiline
          rows={2}
          placeholder="The answer sales gives, and the proof marketing supplies for it"
          value={objection.answer}
          parse={textParser('Agreed answer', limits.longText)}
          save={save('answer')}
        />
      </div>
      <RowMoveRemove name={name} controls={row.controls} onRemove={row.remove} />
    </div>
  );
}
