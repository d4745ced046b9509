import { existsSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { launchApp, newProfileDir, type AppHarness } from '../../tests/e2e/harness/launch-app';
import { measureHomeWithManyEngagements } from './home-with-many-engagements';
import { measureMarketingPlanExport } from './marketing-plan-export';
import { printReport, type Measurement } from './report';
import { measureTypingWithSavingOn } from './typing-with-saving-on';

/**
 * `npm run bench`: measures the built renderer in Debian's Chromium, through the same harness as
 * the end-to-end tests (offline, preload routed to the real main handlers), against the budgets
 * in budgets.ts. Exits 1 when a figure is over budget. Build first: `npm run build`, or
 * SESSION_STUDIO_OUT=.out-bench npx electron-vite build, then the same variable for the bench.
 */
const outFolder = process.env.SESSION_STUDIO_OUT ?? 'out';
const entry = join(import.meta.dirname, '../..', outFolder, 'renderer/index.html');

async function inFreshProfile(
  measure: (app: AppHarness) => Promise<Measurement[]>,
): Promise<Measurement[]> {
  const profile = newProfileDir();
  const app = await launchApp(profile);
  try {
    const measurements = await measure(app);
    if (app.networkAttempts.length > 0)
      throw new Error(`The app tried the network: ${app.networkAttempts.join(', ')}`);
    return measurements;
  } finally {
    await app.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  if (!existsSync(entry)) {
    console.error(`No built renderer at ${entry}. Run \`npm run build\` first.`);
    return 2;
  }
  // Timings depend on the machine: say how busy it was, so a noisy run is recognisable.
  const [load] = loadavg();
  console.log(`Session Studio benchmark: ${entry}`);
  console.log(`${cpus().length} cores, load average ${load?.toFixed(1)} at the start\n`);
  const measurements = [
    ...(await inFreshProfile(measureTypingWithSavingOn)),
    ...(await inFreshProfile(measureHomeWithManyEngagements)),
    ...(await measureMarketingPlanExport()),
  ];
  const withinBudget = printReport(measurements);
  console.log(withinBudget ? '\nEvery figure is within budget.' : '\nOver budget.');
  return withinBudget ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
