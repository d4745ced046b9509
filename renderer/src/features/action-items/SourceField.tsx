import { useId } from 'react';
import type { ActionItem } from '../../../../shared/domain/action-item';
import {
  actionSourceKindLabels,
  currentSourceOption,
  noSource,
  sourceValue,
  type SourceGroup,
} from '../../../../shared/domain/action-item-sources';
import { actionItemRepository } from '../../db/repositories/action-item-repository';
import { FieldError } from '../../components/FieldMessage';
import { useFailureMessage } from '../../hooks/use-failure-message';

/** Where the action came from: an agenda item of its session, an objective, a critique finding. */
export function SourceField({
  item,
  groups,
}: {
  item: ActionItem;
  groups: readonly SourceGroup[];
}) {
  const id = useId();
  const { error, run } = useFailureMessage();
  const current = currentSourceOption(groups, item.source);

  function choose(value: string) {
    const match =
      groups.flatMap((group) => group.options).find((option) => option.value === value) ??
      (current && current.value === value ? current : null);
    void run(() => actionItemRepository.update(item.id, { source: match?.source ?? noSource }));
  }

  return (
    <div className="field action-row__source">
      <label htmlFor={id}>Came from</label>
      <select
        id={id}
        value={sourceValue(item.source)}
        onChange={(event) => choose(event.target.value)}
      >
        <option value={sourceValue(noSource)}>Not linked to a source</option>
        {current ? (
          <option value={current.value}>
            {actionSourceKindLabels[current.source.kind]}: {current.source.label}
          </option>
        ) : null}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.source.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <FieldError message={error} />
    </div>
  );
}
