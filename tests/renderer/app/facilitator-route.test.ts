import { describe, expect, it } from 'vitest';
import { parseRoute, routeToHash } from '../../../renderer/src/app/routes';

describe('facilitator route', () => {
  it('reads and writes #/e/<engagement>/facilitate/<session>, so a reload lands back in it', () => {
    const route = { name: 'facilitate', engagementId: 'e 1', sessionId: 's/1' } as const;
    expect(routeToHash(route)).toBe('#/e/e%201/facilitate/s%2F1');
    expect(parseRoute(routeToHash(route))).toEqual(route);
  });

  it('falls back to the worksheet route when no session is named', () => {
    expect(parseRoute('#/e/e1/facilitate')).toMatchObject({
      name: 'engagement',
      worksheet: 'facilitate',
    });
  });
});
