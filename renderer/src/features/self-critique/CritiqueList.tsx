import { useMemo, type ReactNode } from 'react';
import {
  critiqueKindLabels,
  maxCritiqueEntriesPerKind,
  type CritiqueEntry,
  type CritiqueKind,
} from '../../../../shared/domain/critique';
import { limits } from '../../../../shared/domain/limits';
import { AutosaveTextField } from '../../components/AutosaveField';
import { EditableListSection } from '../../components/EditableListSection';
import { textParser } from '../../components/field-parsers';
import { DragHandle, removedName, RowMoveRemove, rowName } from '../../components/RowControls';
import { critiqueEntryRepository } from '../../db/repositories/critique-repository';
import { PasteLines } from './PasteLines';

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
      toolbar={
        <PasteLines
          noun={labels.many.toLocaleLowerCase()}
          room={maxCritiqueEntriesPerKind - (mine?.length ?? 0)}
          maxLength={limits.shortText}
          onAdd={(lines) => critiqueEntryRepository.createMany(engagementId, kind, lines)}
        />
      }
      renderRow={(entry, row) => {
        const name = rowName(entry.text, noun, row.controls.index);
        return (
          <div className="list-row critique-row" data-testid={`${kind}-row`}>
            <DragHandle name={name} controls={row.controls} />
            <div className="list-row__body">
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
            </div>
            <RowMoveRemove name={name} controls={row.controls} onRemove={row.remove} />
          </div>
        );
      }}
    />
  );
}
