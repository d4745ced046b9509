import { expect, type Page } from '@playwright/test';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { importEngagementFile } from '../../tests/e2e/harness/engagement-file-actions';
import { launchApp, newProfileDir } from '../../tests/e2e/harness/launch-app';
import { mainThreadTasks } from './main-thread-tasks';
import { firstFrameWhen, probeScript, readProbes } from './page-probes';
import { median } from './report';

/**
 * `node --import tsx build/bench/open-engagement-probe.ts [runs] [profile.json]`: the sample
 * engagement imported in the built renderer, then, after each reload to the list, a click on it to
 * the frame with its heading, to the frame with the first worksheet's agenda, and the renderer's
 * main-thread CPU time meanwhile (the trace's thread clock). With a second argument, writes the
 * last run's CPU profile there (open it in Chromium's DevTools, Performance).
 */
const [runsText = '5', profileOut] = process.argv.slice(2);
const runs = Number(runsText);
const sample = join(import.meta.dirname, '../../samples/halvorsen-cold-chain.sessionstudio');

function frameWhen(page: Page, ready: string): Promise<number> {
  return page.evaluate(firstFrameWhen(ready)) as Promise<number>;
}

async function openOnce(page: Page, clientName: string) {
  const heading = frameWhen(
    page,
    `document.querySelector('h1')?.textContent === ${JSON.stringify(clientName)}`,
  );
  const worksheet = frameWhen(
    page,
    `document.querySelector('h2')?.textContent === 'Purpose & agenda' && document.querySelector('.agenda') !== null && ![...document.querySelectorAll('p')].some((p) => p.textContent === 'Loading the agenda…')`,
  );
  const { result, ownWork, tasks } = await mainThreadTasks(page, async () => {
    await page.getByRole('listitem').first().getByRole('button').first().click();
    return Promise.all([heading, worksheet]);
  });
  const { clickAt } = await readProbes(page);
  const [headingAt, worksheetAt] = result;
  if (process.env.OPEN_PROBE_TIMELINE) {
    const timeline = (await page.evaluate(`[
      ...performance.getEntriesByType('resource').map((entry) => ({ at: entry.startTime, what: 'fetch ' + entry.name.split('/').pop() + ' ' + Math.round(entry.duration) + ' ms' })),
      ...(window.__transactions ?? []),
    ]`)) as { at: number; what: string }[];
    for (const { at, what } of timeline
      .filter((entry) => entry.at >= clickAt)
      .sort((a, b) => a.at - b.at))
      console.log(`  +${(at - clickAt).toFixed(0)} ${what}`);
    console.log(
      `  +${(headingAt - clickAt).toFixed(0)} heading frame; +${(worksheetAt - clickAt).toFixed(0)} worksheet frame`,
    );
  }
  return {
    heading: headingAt - clickAt,
    worksheet: worksheetAt - clickAt,
    cpu: ownWork.reduce((sum, ms) => sum + ms, 0),
    wall: tasks.reduce((sum, ms) => sum + ms, 0),
    longest: Math.max(...ownWork),
  };
}

const profile = newProfileDir();
const transactionProbe = `(() => {
  window.__transactions = [];
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode) {
    window.__transactions.push({ at: performance.now(), what: 'idb ' + (mode ?? 'readonly') + ' ' + [].concat(stores).join(',') });
    return original.apply(this, arguments);
  };
})();`;
const app = await launchApp(profile, { initScripts: [probeScript, transactionProbe] });
try {
  const { page } = app;
  await importEngagementFile(app, sample);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).not.toHaveText('Session Studio', { timeout: 60_000 });
  const clientName = (await h1.textContent()) ?? '';
  const goHome = async () => {
    await page.getByRole('button', { name: '← Engagements' }).click();
    await expect(h1).toHaveText('Session Studio');
  };
  await goHome();
  const rows: Awaited<ReturnType<typeof openOnce>>[] = [];
  for (let run = 0; run <= runs; run += 1) {
    await page.reload();
    await expect
      .poll(() => page.evaluate('window.__bench.listShownAt'), { timeout: 60_000, intervals: [20] })
      .toBeGreaterThan(0);
    const last = run === runs && profileOut !== undefined;
    const cdp = last ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const row = await openOnce(page, clientName);
    if (cdp && profileOut) {
      const { profile: cpuProfile } = await cdp.send('Profiler.stop');
      writeFileSync(profileOut, JSON.stringify(cpuProfile));
      await cdp.detach();
    }
    if (run > 0) rows.push(row);
    await goHome();
    console.log(
      `run ${run}: heading ${row.heading.toFixed(0)} ms, worksheet ${row.worksheet.toFixed(0)} ms, main-thread CPU ${row.cpu.toFixed(0)} ms (wall in tasks ${row.wall.toFixed(0)}, longest task ${row.longest.toFixed(0)}), load ${loadavg()[0]?.toFixed(2)}`,
    );
  }
  const pick = (key: keyof (typeof rows)[number]) => median(rows.map((row) => row[key]));
  console.log(
    `median of ${rows.length}: heading ${pick('heading').toFixed(0)} ms, worksheet ${pick('worksheet').toFixed(0)} ms, CPU ${pick('cpu').toFixed(0)} ms, longest task ${pick('longest').toFixed(0)} ms`,
  );
} finally {
  await app.close();
  rmSync(profile, { recursive: true, force: true });
}
