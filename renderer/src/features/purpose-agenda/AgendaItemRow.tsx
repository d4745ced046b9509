import type { AgendaItem } from '../../../../shared/domain/agenda';
import { limits } from '../../../../shared/domain/limits';
import { AutosaveNumberField, AutosaveTextField } from '../../components/AutosaveField';
import { textParser, wholeNumberParser } from '../../components/field-parsers';
import { DragHandle, RowMoveRemove, rowName } from '../../components/RowControls';
import type { SortableRowControls } from '../../components/SortableList';
import { agendaRepository } from '../../db/repositories/agenda-repository';
import { ActualMinutes } from '../facilitator/ActualMinutes';

interface AgendaItemRowProps {
  item: AgendaItem;
  start: string;
  controls: SortableRowControls;
  onRemove: (item: AgendaItem) => void;
  autoFocus?: boolean;
}

export function AgendaItemRow({ item, start, controls, onRemove, autoFocus }: AgendaItemRowProps) {
  const name = rowName(item.title, 'item', controls.index);
  return (
    <div className="agenda-row" data-testid="agenda-row">
      <DragHandle name={name} controls={controls} />
      <span
        className="agenda-row__start"
        aria-label={`Starts at ${start}`}
        data-testid="agenda-start"
      >
        {start}
      </span>
      <AutosaveTextField
        label={`Agenda item ${controls.index + 1}`}
        hideLabel
        className="agenda-row__title"
        placeholder="What will be discussed or decided"
        autoFocus={autoFocus}
        value={item.title}
        parse={textParser('Agenda item', limits.shortText)}
        save={(title) => agendaRepository.update(item.id, { title })}
      />
      <div className="agenda-row__minutes">
        <AutosaveNumberField
          label={`Minutes for item ${controls.index + 1}`}
          hideLabel
          value={item.minutes}
          parse={wholeNumberParser('Minutes', 1, limits.agendaItemMinutes)}
          save={(minutes) => agendaRepository.update(item.id, { minutes })}
        />
        <ActualMinutes item={item} />
      </div>
      <AutosaveTextField
        label={`Owner of item ${controls.index + 1}`}
        hideLabel
        className="agenda-row__owner"
        placeholder="Owner"
        value={item.owner}
        parse={textParser('Owner', limits.name)}
        save={(owner) => agendaRepository.update(item.id, { owner })}
      />
      <RowMoveRemove name={name} controls={controls} onRemove={() => onRemove(item)} />
    </div>
  );
}
