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
import { FailureNotice } from '../../components/Notice';
import { ListRow } from '../../components/ListRow';
import { removedName, rowName } from '../../components/RowControls';
import { ChoiceField, choicesOf } from '../../components/ChoiceField';
import { phaseChoices } from '../../components/phase-choices';
import { objectionRepository } from '../../db/repositories/objection-repository';
import { useObjections } from '../../hooks/use-alignment';
import { useJourneyPhases } from '../../hooks/use-journey-phases';
import type { JourneyPhase } from '../../../../shared/domain/journey-phase';
import { useFailureMessage } from '../../hooks/use-failure-message';

const frequencyChoices = choicesOf(objectionFrequencies, objectionFrequencyLabels);

/** The top objections, each with the answer sales and marketing agree to give. */
export function ObjectionList({ engagementId }: { engagementId: string }) {
  const objections = useObjections(engagementId);
  const phases = useJourneyPhases(engagementId) ?? [];
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
          <FailureNotice message={sorting.error} onDismiss={sorting.clear} />
        </div>
      }
      renderRow={(objection, row) => (
        <ObjectionRow objection={objection} row={row} phases={phases} />
      )}
    />
  );
}

function ObjectionRow({
  objection,
  row,
  phases,
}: {
  objection: Objection;
  row: ListRowContext;
  phases: readonly JourneyPhase[];
}) {
  const phaseKnown = phases.some((phase) => phase.id === objection.phaseId);
  const name = rowName(objection.objection, 'objection', row.controls.index);
  const save = (key: 'objection' | 'answer') => (value: string) =>
    objectionRepository.update(objection.id, { [key]: value });
  return (
    <ListRow name={name} row={row} data-testid="objection-row">
      <div className="alignment-row__top">
        <AutosaveTextField
          label="Objection"
          placeholder="e.g. “It’s too expensive for a company our size.”"
          autoFocus={row.autoFocus}
          value={objection.objection}
          parse={textParser('Objection', limits.shortText)}
          save={save('objection')}
        />
        <ChoiceField<ObjectionEditable['frequency']>
          label="How often heard"
          value={objection.frequency}
          choices={frequencyChoices}
          save={(frequency) => objectionRepository.update(objection.id, { frequency })}
        />
        <ChoiceField
          label="Where in the journey"
          value={phaseKnown ? objection.phaseId : null}
          choices={phaseChoices(phases)}
          emptyLabel={phases.length === 0 ? 'Map the journey first' : 'Not placed'}
          hint="It shows in that phase on the journey map."
          save={(phaseId: string | null) =>
            objectionRepository.update(objection.id, { phaseId: phaseId ?? '' })
          }
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
    </ListRow>
  );
}
