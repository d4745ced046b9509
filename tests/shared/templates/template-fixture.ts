import type { EngagementStart } from '../../../shared/engagement-file/start-engagement';
import type { EngagementTemplate } from '../../../shared/templates/engagement-template';
import { newProductLaunch } from '../../../samples/source/templates/new-product-launch';

/** A shipped template as a plain object a test may damage. */
export function templateJson(): EngagementTemplate {
  return structuredClone(newProductLaunch);
}

/** What the New engagement form hands over, with ids a test can read. */
export function engagementStart(): EngagementStart {
  let next = 0;
  return {
    details: {
      clientName: 'Borealis Foods',
      title: 'Retail launch',
      industry: 'Food',
      consultantName: 'Dana Reyes',
      firmName: 'North Star',
      startDate: '2026-12-07',
    },
    firstSession: {
      title: 'Launch planning session',
      date: '2026-12-14',
      location: 'Oslo',
      startTime: '09:30',
      lengthMinutes: 240,
    },
    now: 1_765_000_000_000,
    newId: () => `id-${(next += 1)}`,
  };
}
