import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../../../shared/domain/plan';
import { goalFromRevenue, toPlannerInput } from '../../../shared/planning/planner-input';
import {
  ceilWhole,
  workBackwards,
  type PlannerPhase,
} from '../../../shared/planning/work-backwards';

/** Five phases with the same rate in every scenario unless given per scenario. */
function phase(
  name: string,
  rate: number | null | [number | null, number | null, number | null],
  baseline: number | null = null,
): PlannerPhase {
  const [cautious, expected, ambitious] = Array.isArray(rate) ? rate : [rate, rate, rate];
  return { id: name.toLowerCase(), name, baseline, rates: { cautious, expected, ambitious } };
}

const fivePhases = [
  phase('Awareness', [5, 10, 20], 2000),
  phase('Consideration', [20, 25, 40], 500),
  phase('Conversion', [40, 50, 60], 40),
  phase('Onboarding', 90),
  phase('Advocacy', null),
];

describe('working backwards from the goal', () => {
  it('needs the goal plus the buffer at the goal phase and divides back by each rate', () => {
    const plan = workBackwards({
      phases: fivePhases,
      goal: 120,
      bufferPercent: 10,
      goalPhaseId: 'conversion',
    });
    expect(plan.bufferedGoal).toBe(132);
    expect(plan.phases.map((p) => p.name)).toEqual(['Awareness', 'Consideration', 'Conversion']);
    expect(plan.afterGoal.map((p) => p.name)).toEqual(['Onboarding', 'Advocacy']);
    expect(plan.phases.map((p) => p.volumes.expected)).toEqual([5280, 528, 132]);
    expect(plan.phases.map((p) => p.volumes.cautious)).toEqual([13200, 660, 132]);
    expect(plan.phases.map((p) => p.volumes.ambitious)).toEqual([1650, 330, 132]);
    expect(plan.overallPercent.expected).toBeCloseTo(2.5);
  });

  it('rounds up to whole people, forgiving floating-point dust', () => {
    expect(ceilWhole(120 * 1.1)).toBe(132);
    expect(ceilWhole(132.2)).toBe(133);
    expect(ceilWhole(600.0000000000001)).toBe(600);
    const plan = workBackwards({
      phases: [phase('Leads', 30), phase('Customers', null)],
      goal: 10,
      bufferPercent: 0,
    });
    expect(plan.phases[0]?.volumes.expected).toBe(34);
  });

  it('counts the goal at the last phase when none is chosen', () => {
    const plan = workBackwards({ phases: fivePhases, goal: 100, bufferPercent: 0 });
    expect(plan.phases).toHaveLength(5);
    expect(plan.phases[4]?.volumes.expected).toBe(100);
    expect(plan.afterGoal).toEqual([]);
  });

  it('reports a zero rate and does not divide by it', () => {
    const plan = workBackwards({
      phases: [
        phase('Awareness', 10),
        phase('Consideration', [20, 0, 30]),
        phase('Conversion', null),
      ],
      goal: 120,
      bufferPercent: 0,
    });
    expect(plan.phases.map((p) => p.volumes.expected)).toEqual([null, null, 120]);
    expect(plan.phases.map((p) => p.volumes.cautious)).toEqual([6000, 600, 120]);
    const zero = plan.warnings.find((warning) => warning.kind === 'zero-rate');
    expect(zero?.message).toBe(
      'Cannot reach Conversion: the expected rate from Consideration to Conversion is 0 %.',
    );
    expect(zero?.severity).toBe('problem');
    expect(JSON.stringify(plan)).not.toMatch(/NaN|Infinity/);
  });

  it('asks for missing rates and names the scenarios', () => {
    const plan = workBackwards({
      phases: [phase('Leads', [null, 20, null]), phase('Customers', null)],
      goal: 50,
      bufferPercent: 0,
    });
    expect(plan.phases[0]?.volumes).toEqual({ cautious: null, expected: 250, ambitious: null });
    expect(plan.warnings.map((w) => w.message)).toContain(
      'Set the cautious and ambitious rates from Leads to Customers to work back to Leads.',
    );
  });

  it('flags a volume far above today’s baseline, and a phase that has none today', () => {
    const plan = workBackwards({
      phases: [phase('Visitors', 2, 1000), phase('Leads', 50, 0), phase('Customers', null, 40)],
      goal: 100,
      bufferPercent: 0,
    });
    const messages = plan.warnings.filter((w) => w.kind === 'above-baseline').map((w) => w.message);
    expect(messages).toEqual([
      'Visitors needs 10,000 in the cautious, expected and ambitious scenarios, 10× today’s 1,000: far above what it sees now.',
      'Leads needs 200 in the cautious, expected and ambitious scenarios and sees none today.',
    ]);
  });

  it('flags an overall conversion outside a plausible range', () => {
    const high = workBackwards({
      phases: [phase('Leads', 90), phase('Qualified', 90), phase('Customers', null)],
      goal: 10,
      bufferPercent: 0,
    });
    expect(high.warnings.find((w) => w.kind === 'implausible-overall')?.message).toBe(
      'Overall conversion from Leads to Customers is 81 % in the cautious, expected and ambitious scenarios: above a plausible 50 %. Check the rates.',
    );
    const low = workBackwards({
      phases: [phase('Impressions', [0.05, 0.5, 0.5]), phase('Clicks', 5), phase('Sales', null)],
      goal: 10,
      bufferPercent: 0,
    });
    expect(low.warnings.find((w) => w.kind === 'implausible-overall')?.message).toBe(
      'Overall conversion from Impressions to Sales is 0.0025 % in the cautious scenario: below a plausible 0.01 %. Check the rates.',
    );
  });

  it('notes a cautious rate above the expected one', () => {
    const plan = workBackwards({
      phases: [phase('Leads', [30, 20, 40]), phase('Customers', null)],
      goal: 10,
      bufferPercent: 0,
    });
    expect(plan.warnings.find((w) => w.kind === 'scenario-order')?.message).toBe(
      'From Leads to Customers, the cautious rate (30 %) is above the expected rate (20 %): cautious should be the lowest, ambitious the highest.',
    );
  });

  it('refuses a goal of zero or of ten billion plainly, with no volumes', () => {
    for (const goal of [0, -5, null, Number.NaN]) {
      const plan = workBackwards({ phases: fivePhases, goal, bufferPercent: 10 });
      expect(plan.bufferedGoal).toBeNull();
      expect(plan.warnings[0]?.kind).toBe('no-goal');
    }
    const huge = workBackwards({ phases: fivePhases, goal: 10_000_000_000, bufferPercent: 10 });
    expect(huge.bufferedGoal).toBeNull();
    expect(huge.warnings[0]?.message).toBe(
      'A goal of 10,000,000,000 is beyond what can be planned; the planner works with goals up to 1,000,000,000.',
    );
  });

  it('stops at a trillion instead of printing an absurd number', () => {
    const plan = workBackwards({
      phases: [phase('A', 0.001), phase('B', 0.001), phase('C', null)],
      goal: 1_000_000_000,
      bufferPercent: 0,
    });
    expect(plan.phases.map((p) => p.volumes.expected)).toEqual([null, null, 1_000_000_000]);
    expect(plan.warnings.map((w) => w.message)).toContain(
      'B would need more than a trillion in the expected scenario: lower the goal or raise the rates.',
    );
  });

  it('names an unnamed phase by its place and says when there are no phases', () => {
    const plan = workBackwards({
      phases: [phase('', 0), phase('Customers', null)],
      goal: 5,
      bufferPercent: 0,
    });
    expect(plan.phases[0]?.name).toBe('Phase 1');
    expect(plan.warnings[0]?.message).toContain(
      'the cautious, expected and ambitious rates from Phase 1 to Customers are 0 %',
    );
    const empty = workBackwards({ phases: [], goal: 120, bufferPercent: 10 });
    expect(empty.phases).toEqual([]);
    expect(empty.warnings[0]?.message).toBe(
      'Map the journey first: the plan works backwards through its phases.',
    );
  });
});

describe('the planner’s input from the journey map and the plan', () => {
  it('uses the journey’s conversion rate as the expected rate until the plan sets its own', () => {
    const journey = [
      { id: 'a', name: 'Awareness', baseline: 1000, conversionRate: 12 },
      { id: 'b', name: 'Consideration', baseline: null, conversionRate: 30 },
      { id: 'c', name: 'Conversion', baseline: null, conversionRate: null },
    ];
    const plan = {
      ...emptyPlan('e1'),
      goalTarget: 120,
      rates: { b: { cautious: 20, expected: 25, ambitious: null } },
    };
    const input = toPlannerInput(journey, plan);
    expect(input.phases.map((p) => p.rates)).toEqual([
      { cautious: null, expected: 12, ambitious: null },
      { cautious: 20, expected: 25, ambitious: null },
      { cautious: null, expected: null, ambitious: null },
    ]);
    expect(input.goal).toBe(120);
    expect(input.bufferPercent).toBe(10);
  });

  it('turns revenue ÷ average deal size into whole customers', () => {
    expect(goalFromRevenue(1_200_000, 10_000)).toBe(120);
    expect(goalFromRevenue(1_000_001, 10_000)).toBe(101);
    expect(goalFromRevenue(0.3 * 3, 0.3)).toBe(3);
    expect(goalFromRevenue(100, 0)).toBeNull();
    expect(goalFromRevenue(null, 10)).toBeNull();
    expect(goalFromRevenue(Number.POSITIVE_INFINITY, 10)).toBeNull();
  });
});
