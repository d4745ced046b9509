import { describe, expect, it } from 'vitest';
import type { ToneDriftData } from '../../../shared/charts/chart-data';
import { toToneDriftData } from '../../../shared/charts/tone-drift-data';
import { summariseToneDrift } from '../../../shared/charts/tone-drift-summary';
import { emptyToneProfile, type ToneProfile } from '../../../shared/domain/tone';

const brand: ToneProfile = {
  funnySerious: 4,
  formalCasual: 3,
  respectfulIrreverent: 2,
  enthusiasticMatterOfFact: 3,
};
const channel = (name: string, tone: Partial<ToneProfile>) => ({
  name,
  tone: { ...brand, ...tone },
});

describe('the tone-drift chart’s summary', () => {
  it('names the drifting channels, how they drift, and the closest one', () => {
    const summary = summariseToneDrift(
      toToneDriftData(brand, [
        channel('Website', {}),
        channel('Email', { formalCasual: 1 }),
        channel('Social media', { funnySerious: 1, formalCasual: 5 }),
      ]),
    );
    expect(summary).toBe(
      'Tone of voice on 3 channels compared with the brand’s: 86 % consistent overall. ' +
        '2 channels drift from the brand: Social media (69 %) is far funnier and more casual; ' +
        'Email (88 %) is more formal. Closest to the brand: Website (100 %).',
    );
  });

  it('says when no channel drifts, and which are not scored yet', () => {
    const summary = summariseToneDrift(
      toToneDriftData(brand, [
        channel('Website', { formalCasual: 4 }),
        { name: 'PR', tone: emptyToneProfile() },
      ]),
    );
    expect(summary).toBe(
      'Tone of voice on 1 channel compared with the brand’s: 94 % consistent overall. ' +
        'No channel is 2 points or more from the brand on any dimension. Not scored yet: PR.',
    );
  });

  it('says plainly when there is nothing to compare yet', () => {
    expect(summariseToneDrift(toToneDriftData(brand, []))).toBe(
      'No channels to compare with the brand’s tone of voice yet.',
    );
    expect(summariseToneDrift(toToneDriftData(emptyToneProfile(), [channel('Email', {})]))).toBe(
      'The brand’s own tone of voice is not scored yet, so its 1 channel cannot be compared with it.',
    );
    expect(
      summariseToneDrift(toToneDriftData(brand, [{ name: 'Email', tone: emptyToneProfile() }])),
    ).toBe('None of the 1 channel has a tone score to compare with the brand’s yet.');
  });

  it('stays short with many channels, and says how many are left off the chart', () => {
    const many = Array.from({ length: 25 }, (_, index) =>
      channel(`Channel ${index + 1}`, { formalCasual: 5 }),
    );
    const summary = summariseToneDrift(toToneDriftData(brand, many));
    expect(summary).toContain('20 channels drift from the brand');
    expect(summary).toContain('; and 16 more.');
    expect(summary).toContain('5 more channels are not charted.');
    expect(summary.length).toBeLessThan(600);
  });

  it('never says NaN or undefined, whatever the data', () => {
    const absurd: ToneDriftData = {
      dimensions: ['Funny – Serious', 'Formal – Casual'],
      brand: [Number.NaN, 3],
      channels: [
        { name: '   ', scores: [Number.POSITIVE_INFINITY, 1e9] },
        { name: 'x'.repeat(5000), scores: [2, 1] },
      ],
      min: 1,
      max: 5,
    };
    const summary = summariseToneDrift(absurd);
    expect(summary).not.toMatch(/NaN|undefined|Infinity/);
    expect(summary).toContain('more formal');
    expect(summary).toContain('Not scored yet: Channel 1.');
    expect(summary.length).toBeLessThan(400);
  });
});
