import { expect } from '@playwright/test';
import type { AppHarness } from '../../tests/e2e/harness/launch-app';
import { installProbesOnLoad, readProbes } from './page-probes';
import { percentile, type Measurement } from './report';
import { seedEngagements, seededClientName } from './seed-engagements';

const engagementCount = 1_000;

/**
 * Resolves, in the page, with the time of the first frame in which the engagement list shows
 * exactly the rows `ready` asks for. Plain script text, like the probes.
 */
function firstFrameWhen(ready: string): string {
  return `new Promise((resolve) => {
    const check = () => {
      const rows = [...document.querySelectorAll('[role="listitem"]')].map((row) => row.getAttribute('aria-label') ?? '');
      if (${ready}) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })`;
}

/**
 * The home with 1,000 engagements: time from reload to the first frame with the list, time from
 * the last keystroke of a search to the filtered list on screen, and the JS heap in use.
 */
export async function measureHomeWithManyEngagements(app: AppHarness): Promise<Measurement[]> {
  const { page, context } = app;
  await expect(page.getByText('No engagements yet')).toBeVisible();
  await seedEngagements(page, engagementCount);
  await installProbesOnLoad(page);

  await page.reload();
  // Polled from outside: waitForFunction re-checks with eval inside the page, which the CSP blocks.
  await expect
    .poll(() => page.evaluate('window.__bench.listShownAt'), { timeout: 30_000 })
    .toBeGreaterThan(0);
  const firstRenderMs = (await readProbes(page)).listShownAt;
  const firstPaintMs = (await page.evaluate(
    `performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint')?.startTime ?? NaN`,
  )) as number;
  const activeCount = engagementCount - engagementCount / 10;
  await expect(page.getByRole('tab', { name: `Archived (${engagementCount / 10})` })).toBeVisible();

  // The serial of one engagement: its last digit narrows nine rows to one, so the last
  // keystroke is the one that filters.
  const target = seededClientName(777);
  const query = target.slice(-4);
  const search = page.getByLabel('Find engagements by client or title');
  await search.click();
  const filtered = page.evaluate(
    firstFrameWhen(`rows.length === 1 && rows[0].startsWith(${JSON.stringify(target)})`),
  ) as Promise<number>;
  await search.pressSequentially(query, { delay: 40 });
  const filteredAt = await filtered;
  const { lastInputAt, latencies } = await readProbes(page);
  await expect(page.getByRole('listitem')).toHaveCount(1);

  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();

  return [
    { label: `Home: engagements stored (active)`, value: activeCount, unit: '' },
    { label: 'Home: reload to first paint', value: firstPaintMs, unit: 'ms' },
    {
      label: 'Home: reload to list on screen',
      value: firstRenderMs,
      unit: 'ms',
      budget: 'homeFirstRenderMs',
    },
    {
      label: 'Home: last search keystroke to filtered list',
      value: filteredAt - lastInputAt,
      unit: 'ms',
      budget: 'homeFilterMs',
    },
    {
      label: 'Home: search keystroke to next frame, p95',
      value: percentile(latencies, 0.95),
      unit: 'ms',
      budget: 'keystrokeP95Ms',
    },
    {
      label: 'Home: JS heap in use',
      value: usedSize / (1024 * 1024),
      unit: 'MB',
      budget: 'homeHeapMb',
    },
  ];
}
