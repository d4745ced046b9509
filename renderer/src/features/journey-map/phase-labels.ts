import { limits } from '../../../../shared/domain/limits';
import type { JourneyPhaseEditable } from '../../../../shared/domain/journey-phase';

/** How a phase is named in labels and messages: "3. Conversion", or "3. Unnamed phase". */
export function phaseLabel(name: string, index: number): string {
  return `${index + 1}. ${name.replace(/\s+/g, ' ').trim() || 'Unnamed phase'}`;
}

/** A field's accessible name within a phase, unique on the page: "Customer goal — 3. Conversion". */
export function fieldLabel(field: string, phase: string): string {
  return `${field} — ${phase}`;
}

type PhaseTextKey = keyof Pick<
  JourneyPhaseEditable,
  'customerGoal' | 'questions' | 'mindset' | 'objections' | 'kpi'
>;

export interface PhaseTextField {
  key: PhaseTextKey;
  label: string;
  max: number;
  placeholder: string;
  /** 0 for a single line. */
  rows: number;
}

/** The phase's text lanes, in the order the grid and the list show them. */
export const phaseTextFields: Record<PhaseTextKey, PhaseTextField> = {
  customerGoal: {
    key: 'customerGoal',
    label: 'Customer goal',
    max: limits.shortText,
    placeholder: 'What the customer wants to get done here',
    rows: 2,
  },
  questions: {
    key: 'questions',
    label: 'Questions',
    max: limits.longText,
    placeholder: 'What they ask themselves',
    rows: 3,
  },
  mindset: {
    key: 'mindset',
    label: 'Mindset',
    max: limits.longText,
    placeholder: 'How they think and feel',
    rows: 2,
  },
  objections: {
    key: 'objections',
    label: 'Objections',
    max: limits.longText,
    placeholder: 'What holds them back here',
    rows: 2,
  },
  kpi: {
    key: 'kpi',
    label: 'KPI',
    max: limits.shortText,
    placeholder: 'e.g. qualified leads per month',
    rows: 0,
  },
};
