import { formatObjectiveValue, type Objective } from './objective';

/**
 * The SMART check of one objective: what is still missing before it is specific, measurable,
 * achievable and time-bound. Relevance is the room's judgement and is not checked here.
 */
export type SmartCriterionKey = 'specific' | 'measurable' | 'achievable' | 'time-bound';

export const smartCriterionLabels: Record<SmartCriterionKey, string> = {
  specific: 'Specific',
  measurable: 'Measurable',
  achievable: 'Achievable',
  'time-bound': 'Time-bound',
};

export type SmartIssueCode =
  | 'no-metric'
  | 'no-owner'
  | 'vague-statement'
  | 'no-baseline'
  | 'no-target'
  | 'no-unit'
  | 'not-comparable'
  | 'target-equals-baseline'
  | 'target-wrong-side'
  | 'steep-change'
  | 'no-deadline'
  | 'deadline-passed'
  | 'deadline-before-session'
  | 'distant-deadline';

export interface SmartIssue {
  code: SmartIssueCode;
  /** 'missing' fails the criterion; 'caution' is worth a second look but does not. */
  severity: 'missing' | 'caution';
  message: string;
}

export interface SmartCriterion {
  key: SmartCriterionKey;
  label: string;
  /** 'unknown' when it cannot be judged until something else is filled in. */
  status: 'pass' | 'fail' | 'unknown';
  issues: SmartIssue[];
}

export interface SmartCheck {
  criteria: SmartCriterion[];
  passed: boolean;
  /** How many of the four criteria pass. */
  passedCount: number;
}

export interface SmartContext {
  /** Today, as YYYY-MM-DD. */
  today: string;
  /** The date of the session being worked in, as YYYY-MM-DD; '' when unknown. */
  sessionDate: string;
}

type Checked = Pick<
  Objective,
  'statement' | 'metric' | 'direction' | 'baseline' | 'target' | 'unit' | 'deadline' | 'owner'
>;

/** Growth beyond this factor is rarely attainable in one plan; it is flagged, not failed. */
export const steepChangeFactor = 10;

const hasNumber = (text: string) => /\d/.test(text);
const missing = (code: SmartIssueCode, message: string): SmartIssue => ({
  code,
  severity: 'missing',
  message,
});
const caution = (code: SmartIssueCode, message: string): SmartIssue => ({
  code,
  severity: 'caution',
  message,
});

function specific(objective: Checked): SmartIssue[] {
  const issues: SmartIssue[] = [];
  if (objective.metric.trim() === '')
    issues.push(missing('no-metric', 'No metric: name what will be counted.'));
  if (objective.target === null && !hasNumber(objective.statement) && objective.statement.trim())
    issues.push(
      missing('vague-statement', 'Vague: the statement has no number and there is no target yet.'),
    );
  if (objective.owner.trim() === '')
    issues.push(missing('no-owner', 'No owner: name who is accountable.'));
  return issues;
}

function measurable(objective: Checked): SmartIssue[] {
  const issues: SmartIssue[] = [];
  if (objective.baseline === null)
    issues.push(missing('no-baseline', 'No baseline: where does it stand today?'));
  if (objective.target === null) issues.push(missing('no-target', 'No target: how much, exactly?'));
  if (objective.unit.trim() === '')
    issues.push(missing('no-unit', 'No unit: EUR, leads, customers, %…'));
  return issues;
}

function achievable(objective: Checked): SmartIssue[] | null {
  const { baseline, target, direction, unit } = objective;
  if (baseline === null || target === null) return null;
  const show = (value: number) => formatObjectiveValue(value, unit);
  if (target === baseline)
    return [
      missing(
        'target-equals-baseline',
        `The target equals the baseline (${show(target)}): nothing would change.`,
      ),
    ];
  if (direction === 'increase' && target < baseline)
    return [
      missing(
        'target-wrong-side',
        `The target (${show(target)}) is below the baseline (${show(baseline)}) but the metric should increase. Raise the target or set the direction to decrease.`,
      ),
    ];
  if (direction === 'decrease' && target > baseline)
    return [
      missing(
        'target-wrong-side',
        `The target (${show(target)}) is above the baseline (${show(baseline)}) but the metric should decrease. Lower the target or set the direction to increase.`,
      ),
    ];
  if (direction === 'increase' && baseline > 0 && target / baseline > steepChangeFactor)
    return [
      caution(
        'steep-change',
        `The target is ${Math.round(target / baseline)}× the baseline: check that it is attainable.`,
      ),
    ];
  return [];
}

function addYears(isoDate: string, years: number): string {
  const year = Number(isoDate.slice(0, 4)) + years;
  return `${String(year).padStart(4, '0')}${isoDate.slice(4)}`;
}

function timeBound(objective: Checked, context: SmartContext): SmartIssue[] {
  const { deadline } = objective;
  if (deadline === '') return [missing('no-deadline', 'No deadline: by when?')];
  if (context.today && deadline < context.today)
    return [missing('deadline-passed', `The deadline (${deadline}) has passed.`)];
  if (context.sessionDate && deadline < context.sessionDate)
    return [
      missing(
        'deadline-before-session',
        `The deadline (${deadline}) falls before this session (${context.sessionDate}).`,
      ),
    ];
  if (context.today && deadline > addYears(context.today, 10))
    return [
      caution('distant-deadline', 'The deadline is more than ten years away: is that a typo?'),
    ];
  return [];
}

function criterion(key: SmartCriterionKey, issues: SmartIssue[] | null): SmartCriterion {
  if (issues === null)
    return {
      key,
      label: smartCriterionLabels[key],
      status: 'unknown',
      issues: [missing('not-comparable', 'Needs a baseline and a target to compare.')],
    };
  const fails = issues.some((issue) => issue.severity === 'missing');
  return { key, label: smartCriterionLabels[key], status: fails ? 'fail' : 'pass', issues };
}

export function checkSmart(objective: Checked, context: SmartContext): SmartCheck {
  const criteria = [
    criterion('specific', specific(objective)),
    criterion('measurable', measurable(objective)),
    criterion('achievable', achievable(objective)),
    criterion('time-bound', timeBound(objective, context)),
  ];
  const passedCount = criteria.filter((item) => item.status === 'pass').length;
  return { criteria, passed: passedCount === criteria.length, passedCount };
}
