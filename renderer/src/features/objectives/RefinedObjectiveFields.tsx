import { useId, useState } from 'react';
import { limits } from '../../../../shared/domain/limits';
import {
  maxObjectiveValue,
  negativeValueMessage,
  objectiveDirectionLabels,
  objectiveDirections,
  unitMaxLength,
  type Objective,
  type ObjectiveDirection,
  type ObjectiveEditable,
} from '../../../../shared/domain/objective';
import type { ParseResult } from '../../hooks/use-autosave';
import { AutosaveDecimalField, AutosaveTextField } from '../../components/AutosaveField';
import { ChoiceField, choicesOf } from '../../components/ChoiceField';
import { decimalParser } from '../../components/decimal-parser';
import { textParser } from '../../components/field-parsers';
import { fieldSavers } from '../../components/field-savers';

const directionChoices = choicesOf(objectiveDirections, objectiveDirectionLabels);

function deadlineParser(draft: string): ParseResult<string> {
  const text = draft.trim();
  if (text === '') return { ok: true, value: '' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
    return { ok: false, message: 'Use a date like 2027-06-30.' };
  return { ok: true, value: text };
}

function valueParser(label: 'Baseline' | 'Target', allowNegative: boolean) {
  return decimalParser(`The ${label.toLowerCase()}`, {
    min: allowNegative ? -maxObjectiveValue : 0,
    max: maxObjectiveValue,
    belowMinMessage: allowNegative
      ? `The ${label.toLowerCase()} is too large to be real.`
      : negativeValueMessage(label === 'Baseline' ? 'baseline' : 'target'),
    aboveMaxMessage: `The ${label.toLowerCase()} is too large to be real (at most 1,000,000,000,000).`,
  });
}

interface RefinedObjectiveFieldsProps {
  objective: Objective;
  save: (patch: Partial<ObjectiveEditable>) => Promise<void>;
}

/** The objective as refined: what is counted, from where, to where, in what, by when, by whom. */
export function RefinedObjectiveFields({ objective, save }: RefinedObjectiveFieldsProps) {
  const field = fieldSavers<ObjectiveEditable>(save);
  return (
    <div className="objective-refined">
      <AutosaveTextField
        label="Metric"
        className="objective-refined__metric"
        placeholder="What is counted, e.g. revenue from new customers"
        value={objective.metric}
        parse={textParser('Metric', limits.name)}
        save={field('metric')}
      />
      <ChoiceField<ObjectiveDirection>
        label="Direction"
        value={objective.direction}
        choices={directionChoices}
        save={field('direction')}
      />
      <AutosaveDecimalField
        label="Baseline"
        placeholder="Today, e.g. 1200000"
        value={objective.baseline}
        parse={valueParser('Baseline', objective.allowNegative)}
        save={field('baseline')}
      />
      <AutosaveDecimalField
        label="Target"
        placeholder="e.g. 1500000"
        value={objective.target}
        parse={valueParser('Target', objective.allowNegative)}
        save={field('target')}
      />
      <AutosaveTextField
        label="Unit"
        placeholder="EUR, leads, %"
        value={objective.unit}
        parse={textParser('Unit', unitMaxLength)}
        save={field('unit')}
      />
      <AutosaveTextField
        label="Deadline"
        type="date"
        value={objective.deadline}
        parse={deadlineParser}
        save={field('deadline')}
      />
      <AutosaveTextField
        label="Owner"
        placeholder="Who is accountable"
        value={objective.owner}
        parse={textParser('Owner', limits.name)}
        save={field('owner')}
      />
      <NegativeValuesToggle objective={objective} save={field('allowNegative')} />
    </div>
  );
}

function NegativeValuesToggle({
  objective,
  save,
}: {
  objective: Objective;
  save: (allow: boolean) => Promise<void>;
}) {
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  async function toggle(allow: boolean) {
    const negative = [objective.baseline, objective.target].some((value) => (value ?? 0) < 0);
    if (!allow && negative) {
      setError('The baseline or target is below zero: change it before unticking this.');
      return;
    }
    try {
      await save(allow);
      setError(null);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }
  return (
    <div className="field objective-refined__negative">
      <label htmlFor={id} className="checkbox-label">
        <input
          id={id}
          type="checkbox"
          checked={objective.allowNegative}
          onChange={(event) => void toggle(event.target.checked)}
        />{' '}
        Values can be negative
      </label>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : (
        <p className="field-hint">For profit or net change; not for revenue or leads.</p>
      )}
    </div>
  );
}
