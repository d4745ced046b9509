import { describe, expect, it } from 'vitest';
import { campaignSchema, emptyCampaign } from '../../../shared/domain/campaign';
import { horizonText, industryTrendSchema } from '../../../shared/domain/industry-trend';
import { participantSchema } from '../../../shared/domain/participant';
import {
  criteriaLines,
  emptySalesHandoff,
  followUpText,
  salesHandoffSchema,
} from '../../../shared/domain/sales-handoff';

const stamps = { createdAt: 1, updatedAt: 1 };

describe('a participant’s e-mail address', () => {
  const person = (email: string) =>
    participantSchema.safeParse({
      id: 'p1',
      engagementId: 'e1',
      sessionId: 's1',
      position: 1,
      name: 'Ana Ruiz',
      title: '',
      organisation: '',
      email,
      role: 'sales',
      attendance: 'invited',
      ...stamps,
    });

  it('may be left empty, or be an address', () => {
    expect(person('').success).toBe(true);
    expect(person('ana.ruiz+board@acme.example').success).toBe(true);
  });

  it('refuses what is not an address, saying what one looks like', () => {
    for (const email of ['ana', 'ana@acme', 'ana ruiz@acme.example', 'a@b.c, d@e.f'])
      expect(person(email).error?.issues[0]?.message).toBe(
        'Use an e-mail address like ana@example.com.',
      );
    expect(person(`${'a'.repeat(250)}@x.io`).error?.issues[0]?.message).toBe(
      'An e-mail address can be at most 254 characters.',
    );
  });
});

describe('a trend’s horizon', () => {
  const trend = (horizon: string | null, horizonYears: number | null) =>
    industryTrendSchema.safeParse({
      id: 't1',
      engagementId: 'e1',
      position: 1,
      trend: 'Reshoring',
      impact: null,
      horizon,
      horizonYears,
      implication: '',
      ...stamps,
    });

  it('is a usual range or a free number of years, in whole or half years', () => {
    expect(trend('3-5-years', null).success).toBe(true);
    expect(trend('years', 7).success).toBe(true);
    expect(trend('years', 2.5).success).toBe(true);
    expect(trend('years', 2.3).error?.issues[0]?.message).toBe(
      'Give the horizon in whole or half years (e.g. 2 or 2.5).',
    );
    expect(trend('years', -1).error?.issues[0]?.message).toBe('The horizon cannot be negative.');
    expect(trend('years', 51).error?.issues[0]?.message).toBe(
      'The horizon can be at most 50 years.',
    );
  });

  it('reads the way the plan says it', () => {
    expect(horizonText({ horizon: null, horizonYears: null })).toBe('');
    expect(horizonText({ horizon: '1-2-years', horizonYears: 9 })).toBe('In 1–2 years');
    expect(horizonText({ horizon: 'years', horizonYears: 7 })).toBe('In 7 years');
    expect(horizonText({ horizon: 'years', horizonYears: 1 })).toBe('In 1 year');
    expect(horizonText({ horizon: 'years', horizonYears: 0 })).toBe('Now');
    expect(horizonText({ horizon: 'years', horizonYears: null })).toBe(
      'In a number of years (not given)',
    );
  });
});

describe('a campaign’s type', () => {
  it('is one of the five the method names, or not set yet', () => {
    const campaign = (type: unknown) =>
      campaignSchema.safeParse({
        ...emptyCampaign(),
        type,
        id: 'c1',
        engagementId: 'e1',
        position: 1,
        ...stamps,
      });
    for (const type of [null, 'awareness', 'lead-generation', 'nurture', 'conversion', 'retention'])
      expect(campaign(type).success).toBe(true);
    expect(campaign('brand-love').error?.issues[0]?.message).toBe(
      'Choose awareness, lead generation, nurture, conversion or retention.',
    );
  });
});

describe('the hand-off to sales', () => {
  it('lists one criterion per line, bullets and blank lines dropped', () => {
    expect(criteriaLines('- Plant with 50+ operators\n\n• Asked for a demo \n')).toEqual([
      'Plant with 50+ operators',
      'Asked for a demo',
    ]);
  });

  it('says who follows up within what time, in one sentence', () => {
    const sheet = emptySalesHandoff('e1');
    expect(followUpText(sheet)).toBe('');
    expect(followUpText({ ...sheet, followUpBy: 'Inside sales', followUpWithin: 24 })).toBe(
      'Inside sales follows up within 24 hours.',
    );
    expect(followUpText({ ...sheet, followUpWithin: 1, followUpUnit: 'days' })).toBe(
      'Followed up within 1 working day.',
    );
  });

  it('refuses a follow-up slower than ninety days, in either unit', () => {
    const sheet = emptySalesHandoff('e1');
    expect(salesHandoffSchema.safeParse({ ...sheet, followUpWithin: 2160 }).success).toBe(true);
    expect(
      salesHandoffSchema.safeParse({ ...sheet, followUpWithin: 2161 }).error?.issues[0]?.message,
    ).toBe('A follow-up can be at most 2,160 hours.');
    expect(
      salesHandoffSchema.safeParse({ ...sheet, followUpWithin: 91, followUpUnit: 'days' }).error
        ?.issues[0]?.message,
    ).toBe('A follow-up can be at most 90 working days.');
  });
});
