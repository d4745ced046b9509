import type { ReactNode } from 'react';
import type { JourneyPhase, JourneyPhaseEditable } from '../../../../shared/domain/journey-phase';
import { limits } from '../../../../shared/domain/limits';
import { AutosaveDecimalField, AutosaveTextField } from '../../components/AutosaveField';
import { decimalParser } from '../../components/decimal-parser';
import { textParser } from '../../components/field-parsers';
import { journeyPhaseRepository } from '../../db/repositories/journey-phase-repository';
import { fieldLabel, type PhaseTextField } from './phase-labels';

/** The field's short name shown above it in the list; its label (for assistive tech) names the phase too. */
function Captioned({
  caption,
  show,
  children,
}: {
  caption: string;
  show?: boolean;
  children: ReactNode;
}) {
  if (!show) return <>{children}</>;
  return (
    <div className="journey-captioned">
      <span className="journey-captioned__caption" aria-hidden="true">
        {caption}
      </span>
      {children}
    </div>
  );
}

interface PhaseFieldProps {
  phase: JourneyPhase;
  /** "3. Conversion": names the phase in every label. */
  label: string;
  /** Show the field's own name above it (the list); the grid's lane header names it instead. */
  showLabel?: boolean;
  autoFocus?: boolean;
}

const save =
  <K extends keyof JourneyPhaseEditable>(phase: JourneyPhase, key: K) =>
  (value: JourneyPhaseEditable[K]) =>
    journeyPhaseRepository.update(phase.id, { [key]: value } as Partial<JourneyPhaseEditable>);

export function PhaseNameField({ phase, index, autoFocus }: PhaseFieldProps & { index: number }) {
  return (
    <AutosaveTextField
      label={`Name of phase ${index + 1}`}
      hideLabel
      className="journey-phase-name"
      placeholder="Name this phase"
      autoFocus={autoFocus}
      value={phase.name}
      parse={textParser('Phase name', limits.name)}
      save={save(phase, 'name')}
    />
  );
}

export function PhaseTextInput({
  phase,
  label,
  showLabel,
  field,
}: PhaseFieldProps & { field: PhaseTextField }) {
  return (
    <Captioned caption={field.label} show={showLabel}>
      <AutosaveTextField
        label={fieldLabel(field.label, label)}
        hideLabel
        multiline={field.rows > 0}
        rows={field.rows || undefined}
        placeholder={field.placeholder}
        value={phase[field.key]}
        parse={textParser(field.label, field.max)}
        save={save(phase, field.key)}
      />
    </Captioned>
  );
}

type PhaseNumberKey = keyof Pick<JourneyPhaseEditable, 'conversionRate' | 'baseline'>;

const phaseNumberFields: Record<
  PhaseNumberKey,
  { label: string; placeholder: string; parse: ReturnType<typeof decimalParser> }
> = {
  // Percent of this phase's volume that reaches the next; the work-backwards plan divides by it.
  conversionRate: {
    label: 'Conversion to next phase (%)',
    placeholder: 'e.g. 25',
    parse: decimalParser('The conversion rate', {
      min: 0,
      max: 100,
      percent: true,
      belowMinMessage: 'A conversion rate cannot be below 0 %.',
      aboveMaxMessage:
        'A conversion rate cannot be above 100 %: no phase passes on more prospects than it has.',
    }),
  },
  // Today's volume in the phase (visitors, leads…), the plan's starting point when known.
  baseline: {
    label: 'Volume today',
    placeholder: 'e.g. 12000',
    parse: decimalParser('The volume today', {
      min: 0,
      max: 1e12,
      belowMinMessage: 'The volume today cannot be negative.',
      aboveMaxMessage: 'The volume today is too large.',
    }),
  },
};

/** A number of the phase, blank until known; a refused value stays in the field with its reason. */
function PhaseNumberField({
  phase,
  label,
  showLabel,
  fieldKey,
  hint,
}: PhaseFieldProps & { fieldKey: PhaseNumberKey; hint?: string }) {
  const field = phaseNumberFields[fieldKey];
  return (
    <Captioned caption={field.label} show={showLabel}>
      <AutosaveDecimalField
        label={fieldLabel(field.label, label)}
        hideLabel
        className="journey-number"
        placeholder={field.placeholder}
        hint={hint}
        value={phase[fieldKey]}
        parse={field.parse}
        save={save(phase, fieldKey)}
      />
    </Captioned>
  );
}

export function ConversionRateField(props: PhaseFieldProps & { isLast: boolean }) {
  const hint = props.isLast
    ? 'Last phase: nothing follows it, so the plan does not use this.'
    : undefined;
  return <PhaseNumberField {...props} fieldKey="conversionRate" hint={hint} />;
}

export function VolumeField(props: PhaseFieldProps) {
  return <PhaseNumberField {...props} fieldKey="baseline" />;
}
