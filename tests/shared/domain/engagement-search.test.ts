import { describe, expect, it } from 'vitest';
import {
  engagementMatches,
  engagementSearchKey,
  searchNeedle,
} from '../../../shared/domain/engagement-search';

const kestrel = { clientName: 'Kestrel Foods', title: 'FY27 Growth plan' };

describe('searching engagements by client or title', () => {
  it('matches either, whatever the case, and everything when nothing is typed', () => {
    for (const query of ['kestrel', 'FOODS', 'growth', ' fy27 ', '', '   '])
      expect(engagementMatches(kestrel, query)).toBe(true);
    for (const query of ['acme', 'foods fy27', 'kestrel growth'])
      expect(engagementMatches(kestrel, query)).toBe(false);
  });

  it('compares the lowercased key made once with the typed needle, as the home does', () => {
    const key = engagementSearchKey(kestrel);
    for (const query of ['kestrel', 'FOODS', 'growth', 'acme', 'foods fy27', 'ods fy'])
      expect(key.includes(searchNeedle(query))).toBe(engagementMatches(kestrel, query));
  });

  it('lowercases beyond ASCII', () => {
    const client = { clientName: 'ÉLAN Ørsted', title: 'Plan' };
    expect(engagementMatches(client, 'élan ørsted')).toBe(true);
  });
});
