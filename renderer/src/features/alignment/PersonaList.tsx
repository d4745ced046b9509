import { limits } from '../../../../shared/domain/limits';
import type { Persona, PersonaEditable } from '../../../../shared/domain/persona';
import { AutosaveTextField } from '../../components/AutosaveField';
import { EditableListSection, type ListRowContext } from '../../components/EditableListSection';
import { textParser } from '../../components/field-parsers';
import { ListRow } from '../../components/ListRow';
import { removedName, rowName } from '../../components/RowControls';
import { personaRepository } from '../../db/repositories/persona-repository';
import { useListRows } from '../../hooks/use-list-rows';

/** The buyer personas; the journey map scores each persona's emotions per phase. */
export function PersonaList({ engagementId }: { engagementId: string }) {
  const personas = useListRows(personaRepository, engagementId);
  return (
    <EditableListSection
      title="Buyer personas"
      items={personas}
      emptyText="No personas yet. Start with the buyer sales meets most often."
      addLabel="Add persona"
      onAdd={() => personaRepository.add(engagementId)}
      onReorder={(ids) => personaRepository.reorder(engagementId, ids)}
      repository={personaRepository}
      describe={(persona) => removedName(persona.name, 'persona')}
      renderRow={(persona, row) => <PersonaRow persona={persona} row={row} />}
    />
  );
}

function PersonaRow({ persona, row }: { persona: Persona; row: ListRowContext }) {
  const name = rowName(persona.name, 'persona', row.controls.index);
  const save = (key: keyof PersonaEditable) => (value: string) =>
    personaRepository.update(persona.id, { [key]: value });
  return (
    <ListRow name={name} row={row} data-testid="persona-row">
      <div className="form-grid">
        <AutosaveTextField
          label="Persona name"
          placeholder="e.g. Operations Olivia"
          autoFocus={row.autoFocus}
          value={persona.name}
          parse={textParser('Persona name', limits.name)}
          save={save('name')}
        />
        <AutosaveTextField
          label="Role"
          placeholder="e.g. Head of operations at a mid-size manufacturer"
          value={persona.role}
          parse={textParser('Role', limits.name)}
          save={save('role')}
        />
      </div>
      <div className="two-columns">
        <AutosaveTextField
          label="Goals"
          multiline
          rows={2}
          placeholder="What they are trying to achieve, in their words"
          value={persona.goals}
          parse={textParser('Goals', limits.longText)}
          save={save('goals')}
        />
        <AutosaveTextField
          label="Mindset"
          multiline
          rows={2}
          placeholder="e.g. Sceptical of vendors after a failed roll-out; needs proof from peers"
          value={persona.mindset}
          parse={textParser('Mindset', limits.longText)}
          save={save('mindset')}
        />
      </div>
    </ListRow>
  );
}
