import { expect, test } from '@playwright/test';
import { describeKillLoop, runKillLoop } from './harness/kill-loop';

// The kill loop's short run; `npm run kill-loop` runs it for hundreds of cycles.
const cycles = Number(process.env.KILL_LOOP_CYCLES ?? 20);

test(`keeps every acknowledged edit through ${cycles} kills mid-typing, some with the store wiped`, async () => {
  test.setTimeout(cycles * 60_000);
  const report = await runKillLoop({ cycles });
  console.info(describeKillLoop(report));
  expect(report.cycles).toBe(cycles);
  expect(report.kills).toBe(cycles);
  expect(report.acknowledgedChecked).toBeGreaterThan(0);
  expect(report.lost).toEqual([]);
  // A wiped store is always noticed and rebuilt, never shown as a fresh start.
  expect(report.restoreNotices).toBeGreaterThanOrEqual(
    report.storesDeleted + report.storesCorrupted,
  );
});
