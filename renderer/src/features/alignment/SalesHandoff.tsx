import { limits } from '../../../../shared/domain/limits';
import {
  followUpUnitLabels,
  followUpUnits,
  maxFollowUp,
  type SalesHandoff as Handoff,
  type SalesHandoffEditable,
} from '../../../../shared/domain/sales-handoff';
import { AutosaveDecimalField, AutosaveTextField } from '../../components/AutosaveField';
import { ChoiceField, choicesOf } from '../../components/ChoiceField';
import { decimalParser } from '../../components/decimal-parser';
import { textParser } from '../../components/field-parsers';
import { fieldSavers } from '../../components/field-savers';
import { salesHandoffRepository } from '../../db/repositories/sales-handoff-repository';
import type { ParseResult } from '../../hooks/use-autosave';
import { useSalesHandoff } from '../../hooks/use-alignment';

const unitChoices = choicesOf(followUpUnits, followUpUnitLabels);

const longFields = [
  {
    key: 'readinessCriteria',
    label: 'What makes a lead ready for sales',
    hint: 'One criterion per line: what the lead has shown or done.',
    placeholder: 'Fits the profile: plant with 50+ operators\nAsked for a demo or a price',
  },
  {
    key: 'mqlDefinition',
    label: 'Marketing-qualified lead (MQL)',
    hint: 'When marketing hands the lead over.',
    placeholder: 'e.g. Downloaded the payback calculator and fits the profile',
  },
  {
    key: 'sqlDefinition',
    label: 'Sales-qualified lead (SQL)',
    hint: 'When sales accepts it as a real opportunity.',
    placeholder: 'e.g. Sales confirmed a budget and a project this year',
  },
] as const;

/** The follow-up time: a whole number within the unit's limit; blank when not agreed yet. */
function withinParser(unit: Handoff['followUpUnit']) {
  const read = decimalParser('The follow-up time', { min: 1, max: maxFollowUp[unit] });
  return (draft: string): ParseResult<number | null> => {
    const parsed = read(draft);
    if (parsed.ok && parsed.value !== null && !Number.isInteger(parsed.value))
      return { ok: false, message: 'The follow-up time must be a whole number.' };
    return parsed;
  };
}

/** The hand-off: when a lead goes to sales, who follows it up how fast, and what comes back. */
export function SalesHandoff({ engagementId }: { engagementId: string }) {
  const sheet = useSalesHandoff(engagementId);
  if (!sheet) return <p className="subtle">Loading the hand-off…</p>;
  const save = fieldSavers<SalesHandoffEditable>((patch) =>
    salesHandoffRepository.update(engagementId, patch),
  );
  return (
    <section className="list-section sales-handoff" aria-labelledby="sales-handoff-title">
      <h3 id="sales-handoff-title">The hand-off to sales</h3>
      <p className="subtle">
        Marketing helps all the way to the close when both sides agree when a lead is ready, who
        follows it up within what time, and what sales tells marketing about the leads it gets.
      </p>
      <div className="sales-handoff__definitions">
        {longFields.map((field) => (
          <AutosaveTextField
            key={field.key}
            label={field.label}
            hint={field.hint}
            multiline
            rows={3}
            placeholder={field.placeholder}
            value={sheet[field.key]}
            parse={textParser(field.label, limits.longText)}
            save={save(field.key)}
          />
        ))}
      </div>
      <div className="sales-handoff__follow-up">
        <AutosaveTextField
          label="Who follows up"
          placeholder="e.g. Inside sales (Sam Ortiz)"
          value={sheet.followUpBy}
          parse={textParser('Who follows up', limits.name)}
          save={save('followUpBy')}
        />
        <AutosaveDecimalField
          label="Within"
          placeholder="e.g. 24"
          value={sheet.followUpWithin}
          parse={withinParser(sheet.followUpUnit)}
          save={save('followUpWithin')}
        />
        <ChoiceField
          label="Unit"
          value={sheet.followUpUnit}
          choices={unitChoices}
          save={save('followUpUnit')}
        />
      </div>
      <AutosaveTextField
        label="What sales reports back to marketing"
        multiline
        rows={2}
        placeholder="e.g. Every Friday: leads accepted and rejected, with the reason, and deals won"
        value={sheet.salesReportsBack}
        parse={textParser('What sales reports back', limits.longText)}
        save={save('salesReportsBack')}
      />
    </section>
  );
}
