import { Fragment, useState, type ChangeEvent } from 'react';
import type { CritiqueSheet } from '../../../../shared/domain/critique';
import { limits } from '../../../../shared/domain/limits';
import {
  assemblePositioningStatement,
  positioningPlaceholders,
  type PositioningPartKey,
  type PositioningParts,
} from '../../../../shared/domain/positioning';
import { AutosaveTextField } from '../../components/AutosaveField';
import { textParser } from '../../components/field-parsers';
import { critiqueSheetRepository } from '../../db/repositories/critique-repository';

const fields: readonly {
  key: PositioningPartKey;
  label: string;
  placeholder: string;
  max: number;
}[] = [
  {
    key: 'forWhom',
    label: 'For whom',
    placeholder: 'e.g. mid-size food producers',
    max: limits.shortText,
  },
  {
    key: 'need',
    label: 'Who need',
    placeholder: 'e.g. must trace every batch within an hour',
    max: limits.shortText,
  },
  { key: 'brandName', label: 'Brand', placeholder: '', max: limits.name },
  {
    key: 'category',
    label: 'Category',
    placeholder: 'e.g. traceability platform',
    max: limits.shortText,
  },
  {
    key: 'benefit',
    label: 'Benefit',
    placeholder: 'e.g. answers an auditor’s question before the coffee is poured',
    max: limits.shortText,
  },
  {
    key: 'unlikeWhom',
    label: 'Unlike whom',
    placeholder: 'e.g. spreadsheet-based ERP add-ons',
    max: limits.shortText,
  },
  {
    key: 'difference',
    label: 'What sets it apart',
    placeholder: 'e.g. works on the factory floor, offline, in ten minutes',
    max: limits.shortText,
  },
];

/** The positioning statement built from its parts, the sentence following as the parts are typed. */
export function PositioningBuilder({
  sheet,
  clientName,
}: {
  sheet: CritiqueSheet;
  clientName: string;
}) {
  // What is in the fields right now, ahead of the save, so the sentence follows every keystroke.
  const [drafts, setDrafts] = useState<Partial<PositioningParts>>({});
  const parts: PositioningParts = {
    forWhom: drafts.forWhom ?? sheet.forWhom,
    need: drafts.need ?? sheet.need,
    brandName: drafts.brandName ?? sheet.brandName,
    category: drafts.category ?? sheet.category,
    benefit: drafts.benefit ?? sheet.benefit,
    unlikeWhom: drafts.unlikeWhom ?? sheet.unlikeWhom,
    difference: drafts.difference ?? sheet.difference,
  };
  const statement = assemblePositioningStatement(parts, clientName);
  const track = (key: PositioningPartKey) => (event: ChangeEvent<HTMLDivElement>) => {
    const target = event.target as unknown as HTMLInputElement;
    setDrafts((current) => ({ ...current, [key]: target.value }));
  };

  return (
    <section aria-labelledby="positioning-title">
      <h3 id="positioning-title">Positioning statement</h3>
      <div className="positioning-parts">
        {fields.map(({ key, label, placeholder, max }) => (
          <div key={key} onChange={track(key)}>
            <AutosaveTextField
              label={label}
              placeholder={key === 'brandName' ? clientName : placeholder}
              hint={key === 'brandName' ? 'Leave empty to use the client’s name.' : undefined}
              value={sheet[key]}
              parse={textParser(label, max)}
              save={(value) => critiqueSheetRepository.update(sheet.engagementId, { [key]: value })}
            />
          </div>
        ))}
      </div>
      <figure className="positioning-statement">
        <figcaption className="visually-hidden">The assembled positioning statement</figcaption>
        <blockquote data-testid="positioning-statement" aria-live="polite">
          {statement.segments.map((segment, index) =>
            segment.kind === 'text' ? (
              <Fragment key={index}>{segment.text}</Fragment>
            ) : segment.missing ? (
              <mark key={index} className="positioning-gap">
                {segment.text}
              </mark>
            ) : (
              <strong key={index}>{segment.text}</strong>
            ),
          )}
        </blockquote>
        <p className="subtle">
          {statement.missing.length === 0
            ? 'Every part is there. Read it aloud: would a prospect recognise themselves?'
            : `Still to agree: ${statement.missing.map((key) => positioningPlaceholders[key]).join(', ')}.`}
        </p>
      </figure>
    </section>
  );
}
