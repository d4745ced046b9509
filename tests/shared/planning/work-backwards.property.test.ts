import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxGoal, scenarios } from '../../../shared/domain/plan';
import {
  maxVolume,
  workBackwards,
  type PlannerInput,
  type PlannerPhase,
} from '../../../shared/planning/work-backwards';

const rate = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: 0.001, max: 100, noNaN: true }) },
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 1, arbitrary: fc.constant(100) },
  { weight: 1, arbitrary: fc.constant(null) },
);

const phaseArb = (index: number) =>
  fc.record({
    id: fc.constant(`phase-${index}`),
    name: fc.oneof(fc.constant(''), fc.string({ maxLength: 30 })),
    baseline: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 1e9 })),
    rates: fc.record({ cautious: rate, expected: rate, ambitious: rate }),
  });

const phasesArb = fc
  .integer({ min: 0, max: 50 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => phaseArb(index))))
  .map((phases) => phases as PlannerPhase[]);

const inputArb: fc.Arbitrary<PlannerInput> = fc.record({
  phases: phasesArb,
  goal: fc.integer({ min: 1, max: maxGoal }),
  bufferPercent: fc.double({ min: 0, max: 100, noNaN: true }),
  goalPhaseId: fc.oneof(
    fc.constant(''),
    fc.integer({ min: 0, max: 50 }).map((i) => `phase-${i}`),
  ),
});

/** Anything at all a corrupted record or a bad paste could hand the planner. */
const anyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, 0, 1e10, 150),
);
const hostileInputArb: fc.Arbitrary<PlannerInput> = fc.record({
  phases: fc.array(
    fc.record({
      id: fc.string({ maxLength: 4 }),
      name: fc.string({ maxLength: 10 }),
      baseline: fc.oneof(fc.constant(null), anyNumber),
      rates: fc.record({
        cautious: fc.oneof(fc.constant(null), anyNumber),
        expected: fc.oneof(fc.constant(null), anyNumber),
        ambitious: fc.oneof(fc.constant(null), anyNumber),
      }),
    }),
    { maxLength: 50 },
  ),
  goal: fc.oneof(fc.constant(null), anyNumber),
  bufferPercent: anyNumber,
  goalPhaseId: fc.string({ maxLength: 4 }),
});

describe('work-backwards properties', () => {
  it('volumes never shrink going backwards, and are whole, positive and bounded', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = workBackwards(input);
        for (const scenario of scenarios) {
          const column = plan.phases.map((phase) => phase.volumes[scenario]);
          column.forEach((volume, index) => {
            if (volume === null) return;
            expect(Number.isInteger(volume)).toBe(true);
            expect(volume).toBeGreaterThanOrEqual(1);
            expect(volume).toBeLessThanOrEqual(maxVolume);
            const next = column[index + 1];
            if (next !== undefined && next !== null) expect(volume).toBeGreaterThanOrEqual(next);
          });
          // Once a volume cannot be worked out, nothing before it can either.
          const lastUnknown = column.lastIndexOf(null);
          column.slice(0, lastUnknown + 1).forEach((volume) => expect(volume).toBeNull());
        }
      }),
    );
  });

  it('the goal phase needs the goal plus the buffer, never less than the goal', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = workBackwards(input);
        if (plan.phases.length === 0) return;
        const goal = input.goal as number;
        expect(plan.bufferedGoal).toBeGreaterThanOrEqual(goal);
        expect(plan.bufferedGoal).toBeLessThanOrEqual(
          Math.ceil(goal * (1 + input.bufferPercent / 100)),
        );
        for (const scenario of scenarios)
          expect(plan.phases[plan.phases.length - 1]?.volumes[scenario]).toBe(plan.bufferedGoal);
      }),
    );
  });

  it('rates of 100 % pass volumes through unchanged', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: maxGoal }),
        fc.integer({ min: 0, max: 100 }),
        (count, goal, bufferPercent) => {
          const phases = Array.from({ length: count }, (_, index) => ({
            id: `p${index}`,
            name: `Phase ${index}`,
            baseline: null,
            rates: { cautious: 100, expected: 100, ambitious: 100 },
          }));
          const plan = workBackwards({ phases, goal, bufferPercent });
          for (const phase of plan.phases)
            for (const scenario of scenarios)
              expect(phase.volumes[scenario]).toBe(plan.bufferedGoal);
        },
      ),
    );
  });

  it('a zero rate is reported, not divided by', () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), fc.constantFrom(...scenarios), (input, pick, scenario) => {
        const plan0 = workBackwards(input);
        if (plan0.phases.length < 2) return;
        const index = pick % (plan0.phases.length - 1);
        const phases = input.phases.map((phase, at) =>
          at === index ? { ...phase, rates: { ...phase.rates, [scenario]: 0 } } : phase,
        );
        const plan = workBackwards({ ...input, phases });
        const warning = plan.warnings.find(
          (w) => w.kind === 'zero-rate' && w.phaseId === `phase-${index}`,
        );
        expect(warning?.scenarios).toContain(scenario);
        expect(warning?.message).toMatch(/^Cannot reach [\s\S]+: the [\s\S]+ 0 %\.$/);
        for (const phase of plan.phases.slice(0, index + 1))
          expect(phase.volumes[scenario]).toBeNull();
      }),
    );
  });

  it('scenarios in order (cautious ≤ expected ≤ ambitious rates) need volumes in reverse order', () => {
    const ordered = fc
      .tuple(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
      )
      .map((rates) => [...rates].sort((a, b) => a - b) as [number, number, number]);
    fc.assert(
      fc.property(
        fc.array(ordered, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 1e6 }),
        (rates, goal) => {
          const phases = rates.map(([cautious, expected, ambitious], index) => ({
            id: `p${index}`,
            name: '',
            baseline: null,
            rates: { cautious, expected, ambitious },
          }));
          const plan = workBackwards({ phases, goal, bufferPercent: 0 });
          for (const phase of plan.phases) {
            const { cautious, expected, ambitious } = phase.volumes;
            if (cautious !== null && expected !== null)
              expect(cautious).toBeGreaterThanOrEqual(expected);
            if (expected !== null && ambitious !== null)
              expect(expected).toBeGreaterThanOrEqual(ambitious);
          }
        },
      ),
    );
  });

  it('never throws and never yields NaN or Infinity, whatever it is given', () => {
    fc.assert(
      fc.property(hostileInputArb, (input) => {
        const plan = workBackwards(input);
        const text = JSON.stringify(plan, (_key, value: unknown) =>
          typeof value === 'number' && !Number.isFinite(value) ? `BAD:${value}` : value,
        );
        expect(text).not.toMatch(/BAD:|NaN|Infinity/);
        for (const warning of plan.warnings) expect(warning.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
