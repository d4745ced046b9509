import { useMemo, type ReactNode } from 'react';
import {
  critiqueKindLabels,
  maxCritiqueEntriesPerKind,
  type CritiqueEntry,
  type CritiqueKind,
} from '../../../../shared/domain/critique';
import { limits } from '../../../../shared/domain/limits';
import { fitsIn } from '../../../../shared/domain/pasted-lines';
import { AutosaveTextField } from '../../components/AutosaveField';
import { EditableListSection } from '../../components/EditableListSection';
import { textParser } from '../../components/field-parsers';
import { ListRow } from '../../components/ListRow';
import { removedName, rowName } from '../../components/RowControls';
import { critiqueEntryRepository } from '../../db/repositories/critique-repository';

interface CritiqueListProps {
  engagementId: string;
  kind: CritiqueKind;
  /** Every finding of the engagement; this list shows its own kind. */
  entries: readonly CritiqueEntry[] | undefined;
  placeholder: string;
  className?: string;
  intro?: ReactNode;
  /** More for a row beside its text (the needed changes show their action item). */
  renderExtra?: (entry: CritiqueEntry) => ReactNode;
}

/** One list of findings: typed one by one or pasted as a list, reordered, removed with undo. */
export function CritiqueList({
  engagementId,
  kind,
  entries,
  placeholder,
  className,
  intro,
  renderExtra,
}: CritiqueListProps) {
  const labels = critiqueKindLabels[kind];
  const noun = labels.one.toLocaleLowerCase();
  const mine = useMemo(() => entries?.filter((entry) => entry.kind === kind), [entries, kind]);
  return (
    <EditableListSection
      className={className}
      title={labels.many}
      intro={intro}
      items={mine}
      emptyText={`No ${labels.many.toLocaleLowerCase()} yet.`}
      addLabel={`Add ${noun}`}
      onAdd={() => critiqueEntryRepository.create(engagementId, kind)}
      // Positions are shared by the five lists; the others keep their relative order.
      onReorder={(ids) => critiqueEntryRepository.reorder(engagementId, ids)}
      repository={critiqueEntryRepository}
      describe={(entry) => removedName(entry.text, noun)}
      paste={{
        noun: { one: noun, many: labels.many.toLocaleLowerCase() },
        max: maxCritiqueEntriesPerKind,
        read: fitsIn(limits.shortText),
        add: (lines) => critiqueEntryRepository.createMany(engagementId, kind, lines),
      }}
      renderRow={(entry, row) => {
        const name = rowName(entry.text, noun, row.controls.index);
        return (
          <ListRow name={name} row={row} className="critique-row" data-testid={`${kind}-row`}>
            <AutosaveTextField
              label={`${labels.one} ${row.controls.index + 1}`}
              hideLabel
              multiline
              rows={1}
              placeholder={placeholder}
              autoFocus={row.autoFocus}
              value={entry.text}
              parse={textParser(labels.one, limits.shortText)}
              save={(text) => critiqueEntryRepository.update(entry.id, { text })}
            />
            {renderExtra?.(entry)}
          </ListRow>
        );
      }}
    />
  );
}
