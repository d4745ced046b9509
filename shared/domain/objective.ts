import { z } from 'zod';
import { limits } from './limits';
import { entityId, optionalIsoDate, optionalText, timestamp } from './text-fields';

export const maxObjectives = 50;

/** Baselines and targets beyond a trillion are typos (an extra 0 pasted), not objectives. */
export const maxObjectiveValue = 1e12;

export const unitMaxLength = 40;

export const objectiveDirections = ['increase', 'decrease'] as const;
export type ObjectiveDirection = (typeof objectiveDirections)[number];

export const objectiveDirectionLabels: Record<ObjectiveDirection, string> = {
  increase: 'Increase',
  decrease: 'Decrease',
};

function objectiveValue(label: string) {
  return z
    .number({ error: `The ${label} must be a number.` })
    .finite(`The ${label} must be a number.`)
    .min(-maxObjectiveValue, `The ${label} is too large to be real.`)
    .max(maxObjectiveValue, `The ${label} is too large to be real.`);
}

/** A deadline the plan can live with: no year 0026 or 20026 from a slipped key. */
const deadline = optionalIsoDate.refine(
  (value) => value === '' || (value >= '2000-01-01' && value <= '2100-12-31'),
  'A deadline must fall between the years 2000 and 2100.',
);

export const objectiveFields = z.object({
  id: entityId,
  engagementId: entityId,
  position: z.number().finite(),
  /** The objective in the client's own words, however vague ("grow sales"). */
  statement: optionalText('The objective as first stated', limits.shortText),
  /** The session in which it was first stated; '' when not known. */
  statedInSessionId: z.string().max(64),
  metric: optionalText('Metric', limits.name),
  direction: z.enum(objectiveDirections, { error: 'Choose increase or decrease.' }),
  baseline: objectiveValue('baseline').nullable(),
  target: objectiveValue('target').nullable(),
  unit: optionalText('Unit', unitMaxLength),
  deadline,
  owner: optionalText('Owner', limits.name),
  /** Most metrics (revenue, leads, share) cannot go below zero; profit or net change can. */
  allowNegative: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** An objective as first stated and as refined until it is quantifiable. */
export const objectiveSchema = objectiveFields.superRefine((objective, context) => {
  if (objective.allowNegative) return;
  for (const key of ['baseline', 'target'] as const) {
    const value = objective[key];
    if (value !== null && value < 0)
      context.addIssue({
        code: 'custom',
        path: [key],
        message: negativeValueMessage(key),
      });
  }
});
export type Objective = z.infer<typeof objectiveSchema>;

export function negativeValueMessage(key: 'baseline' | 'target'): string {
  const label = key === 'baseline' ? 'The baseline' : 'The target';
  return `${label} cannot be negative for this metric. Tick “Values can be negative” if it can go below zero (profit, net change).`;
}

export const objectiveEditableSchema = objectiveFields.pick({
  statement: true,
  metric: true,
  direction: true,
  baseline: true,
  target: true,
  unit: true,
  deadline: true,
  owner: true,
  allowNegative: true,
});
export type ObjectiveEditable = z.infer<typeof objectiveEditableSchema>;

export function emptyObjective(statement = ''): ObjectiveEditable {
  return {
    statement,
    metric: '',
    direction: 'increase',
    baseline: null,
    target: null,
    unit: '',
    deadline: '',
    owner: '',
    allowNegative: false,
  };
}

/** "1,200,000 EUR", "12.5 %", "—" when not set; never NaN or Infinity. */
export function formatObjectiveValue(value: number | null, unit = ''): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const number = value.toLocaleString('en', { maximumFractionDigits: 4 });
  const trimmed = unit.trim();
  return trimmed === '' ? number : `${number} ${trimmed}`;
}

/**
 * One line that names an objective wherever it is offered or cited (an action item's source, a
 * document): the refined form when there is one, else the client's words.
 */
export function describeObjective(
  objective: Pick<Objective, 'statement' | 'metric' | 'target' | 'unit' | 'deadline'>,
  /** How the deadline reads: as stored (YYYY-MM-DD) unless a document writes dates its way. */
  formatDate: (iso: string) => string = (iso) => iso,
): string {
  const statement = objective.statement.trim();
  const metric = objective.metric.trim();
  if (metric === '') return statement === '' ? 'Untitled objective' : statement;
  const target =
    objective.target === null
      ? ''
      : ` to ${formatObjectiveValue(objective.target, objective.unit)}`;
  const deadline = objective.deadline === '' ? '' : ` by ${formatDate(objective.deadline)}`;
  return `${metric}${target}${deadline}`;
}

/** An objective's title: the client's words, or what it measures when they were never written. */
export function objectiveTitle(
  objective: Pick<Objective, 'statement' | 'metric' | 'target' | 'unit' | 'deadline'>,
  formatDate: (iso: string) => string = (iso) => iso,
): string {
  return objective.statement.trim() || describeObjective(objective, formatDate);
}
