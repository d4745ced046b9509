import { existsSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { launchApp, newProfileDir, type AppHarness } from '../../tests/e2e/harness/launch-app';
import { measureBadInput } from './bad-input';
import { measureBusyEngagement } from './busy-engagement';
import { measureEncryptionOverhead } from './encryption-overhead';
import { measureCommandLineAgainstPandoc } from './command-line-against-pandoc';
import { measureExportScale } from './export-scale';
import { measureHomeWithManyEngagements } from './home-with-many-engagements';
import { measureLibraryAtScale } from './library-at-scale';
import { measureMarketingPlanExport } from './marketing-plan-export';
import { measureRendererStart } from './renderer-start';
import { printReport, type Measurement } from './report';
import { measureTypingWithSavingOn } from './typing-with-saving-on';

/**
 * `npm run bench`: the command line against pandoc, the plan's export in main, how export time
 * grows, bad input, and the built renderer in Debian's Chromium through the same harness as the
 * end-to-end tests (offline, preload routed to the real main handlers), against the budgets in
 * budgets.ts. Exits 1 when a figure is over budget. Build first: `npm run build`, or
 * SESSION_STUDIO_OUT=.out-bench npx electron-vite build, then the same variable for the bench.
 * `npm run bench -- cli scale` runs only the scenarios named.
 */
const outFolder = join(import.meta.dirname, '../..', process.env.SESSION_STUDIO_OUT ?? 'out');
const entry = join(outFolder, 'renderer/index.html');

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

/** Each scenario by the name that selects it on the command line. */
const scenarios: Record<string, () => Promise<Measurement[]>> = {
  cli: () => measureCommandLineAgainstPandoc(outFolder),
  export: () => measureMarketingPlanExport(outFolder),
  scale: () => measureExportScale(),
  'bad-input': () => measureBadInput(outFolder),
  start: () => measureRendererStart(outFolder),
  typing: () => inFreshProfile(measureTypingWithSavingOn),
  home: () => inFreshProfile(measureHomeWithManyEngagements),
  busy: () => inFreshProfile(measureBusyEngagement),
  library: () => measureLibraryAtScale(),
  encryption: () => measureEncryptionOverhead(),
};

async function main(): Promise<number> {
  if (!existsSync(entry)) {
    console.error(`No built app at ${outFolder}. Run \`npm run build\` first.`);
    return 2;
  }
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in scenarios));
  if (unknown.length > 0) {
    console.error(
      `No scenario ${unknown.join(', ')}; the scenarios: ${Object.keys(scenarios).join(', ')}.`,
    );
    return 2;
  }
  // Timings depend on the machine: say how busy it was, so a noisy run is recognisable.
  const [load] = loadavg();
  const [cpu] = cpus();
  console.log(`Session Studio benchmark: ${outFolder}`);
  console.log(
    `${cpus().length} × ${cpu?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${load?.toFixed(1)} at the start\n`,
  );
  const measurements: Measurement[] = [];
  for (const [name, measure] of Object.entries(scenarios))
    if (asked.length === 0 || asked.includes(name)) measurements.push(...(await measure()));
  console.log(`\nLoad average ${loadavg()[0]?.toFixed(1)} at the end.\n`);
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
