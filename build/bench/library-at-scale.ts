import { expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchApp, newProfileDir, type AppHarness } from '../../tests/e2e/harness/launch-app';
import { libraryFiles } from './library-files';
import { libraryProfile } from './library-profile';
import {
  importToOpen,
  launchWithProbes,
  openFirstEngagement,
  reloadToList,
} from './library-in-the-app';
import { probeScript } from './page-probes';
import { benchRuns, median, type Measurement } from './report';
import { appendLatency, libraryOnDisk, safetyCopyLoadMs } from './safety-copy-at-scale';

/** BENCH_LIBRARY="300,20": typical engagements (the sample's size), then long, busy ones. */
function librarySize(): { typical: number; busy: number } {
  const [typical = 300, busy = 20] = (process.env.BENCH_LIBRARY ?? '')
    .split(',')
    .map((part) => Number(part))
    .map((count) => (Number.isInteger(count) && count > 0 ? count : undefined));
  return { typical, busy };
}

interface AtSize {
  relaunch: number;
  reload: number;
  open: number;
  load: number;
}

/**
 * With the app closed: main loading its copy (in this process); then relaunch after relaunch to
 * the list, reloads to the list and engagements opened (medians after one to warm up). Leaves the
 * app open.
 */
async function measureAtSize(profile: string): Promise<{ app: AppHarness; figures: AtSize }> {
  const loads: number[] = [];
  for (let run = 0; run <= benchRuns(); run += 1) {
    const ms = await safetyCopyLoadMs(profile);
    if (run > 0) loads.push(ms);
  }
  let app: AppHarness | null = null;
  const relaunches: number[] = [];
  for (let run = 0; run <= benchRuns(); run += 1) {
    await app?.close();
    const launched = await launchWithProbes(profile);
    app = launched.app;
    if (run > 0) relaunches.push(launched.ms);
  }
  const reloads: number[] = [];
  const opens: number[] = [];
  for (let run = 0; run <= benchRuns(); run += 1) {
    const reload = await reloadToList(app!.page);
    const open = await openFirstEngagement(app!.page);
    if (run === 0) continue;
    reloads.push(reload);
    opens.push(open);
  }
  return {
    app: app!,
    figures: {
      relaunch: median(relaunches),
      reload: median(reloads),
      open: median(opens),
      load: median(loads),
    },
  };
}

/** Busy engagements imported into the one-engagement profile, for the import's small end. */
const busyImportsSmall = 5;

/**
 * A library of years of work (300 engagements the size of the sample, 20 long, busy ones),
 * restored from a full backup file through the app's Backups screen (library-profile.ts), against
 * the app holding one engagement imported through its own import: relaunch and reload to the list,
 * opening an engagement, importing a busy one, main loading its copy, each with its slope per
 * engagement; an edit acknowledged by main, quiet and while a fold writes; and the safety folder
 * against the data it protects.
 */
export async function measureLibraryAtScale(): Promise<Measurement[]> {
  const size = librarySize();
  const total = size.typical + size.busy;
  const folder = mkdtempSync(join(tmpdir(), 'session-studio-bench-library-'));
  const small = newProfileDir();
  let profile: string | null = null;
  const files = libraryFiles(folder);
  let app: AppHarness | null = null;
  try {
    app = await launchApp(small, { initScripts: [probeScript] });
    await expect(app.page.getByText('No engagements yet')).toBeVisible();
    await importToOpen(app, files.next('typical'));
    await app.close();
    const one = await measureAtSize(small);
    app = one.app;
    const importsSmall: number[] = [];
    for (let index = 0; index < busyImportsSmall; index += 1)
      importsSmall.push(await importToOpen(app, files.next('busy')));
    await app.close();
    app = null;

    profile = await libraryProfile(files, size);
    const many = await measureAtSize(profile);
    app = many.app;
    const importsLarge: number[] = [];
    for (let run = 0; run <= benchRuns(); run += 1) {
      const ms = await importToOpen(app, files.next('busy'));
      if (run > 0) importsLarge.push(ms);
    }
    if (app.networkAttempts.length > 0)
      throw new Error(`The app tried the network: ${app.networkAttempts.join(', ')}`);
    await app.close();
    app = null;

    const disk = await libraryOnDisk(profile);
    const edits = await appendLatency(profile, 40);
    const smallest = one.figures;
    const large = many.figures;
    const slope = (from: number, to: number) => (to - from) / (total - 1);
    const mb = (bytes: number) => bytes / (1024 * 1024);
    const busyRows = files.rows('busy');
    const timing = (name: string, key: keyof AtSize): Measurement[] => [
      { label: `Library: ${name}, 1 engagement`, value: smallest[key], unit: 'ms' },
      { label: `Library: ${name}, ${total} engagements`, value: large[key], unit: 'ms' },
      {
        label: `Library: ${name}, slope per engagement`,
        value: slope(smallest[key], large[key]),
        unit: 'ms',
      },
    ];
    return [
      {
        label: `Library: ${size.typical} typical (${files.rows('typical')} rows) + ${size.busy} busy (${busyRows} rows)`,
        value: total,
        unit: '',
      },
      ...timing('relaunch to list on screen', 'relaunch'),
      {
        // Within 10 % or 50 ms of the same with one engagement: 1 is all of that allowance.
        label: 'Library: relaunch growth, share of its allowance (10 % or 50 ms)',
        value: (large.relaunch - smallest.relaunch) / Math.max(50, smallest.relaunch * 0.1),
        unit: '',
        budget: 'libraryRelaunchGrowthShare',
      },
      ...timing('reload to list on screen', 'reload'),
      {
        label: `Library: reload to list, ${total} engagements`,
        value: large.reload,
        unit: 'ms',
        budget: 'libraryReloadListMs',
      },
      ...timing('click to engagement open', 'open'),
      {
        label: `Library: engagement open, ${total} engagements`,
        value: large.open,
        unit: 'ms',
        budget: 'libraryOpenEngagementMs',
      },
      ...timing('main loads its copy', 'load'),
      {
        label: `Library: import of a ${busyRows}-row engagement, 1 to ${busyImportsSmall + 1} engagements`,
        value: median(importsSmall),
        unit: 'ms',
        budget: 'libraryImportMs',
      },
      {
        label: `Library: import of a ${busyRows}-row engagement, ${total}+ engagements`,
        value: median(importsLarge),
        unit: 'ms',
        budget: 'libraryImportMs',
      },
      {
        label: 'Library: import, slope per engagement',
        value: (median(importsLarge) - median(importsSmall)) / (total - 1),
        unit: 'ms',
      },
      {
        label: 'Library: an edit acknowledged by main, p95',
        value: edits.quietP95,
        unit: 'ms',
        budget: 'libraryEditAckP95Ms',
      },
      {
        label: `Library: an edit acknowledged by main while ${edits.foldedUnits} engagements are folded, p95 of ${edits.appendsDuringFold}`,
        value: edits.duringFoldP95,
        unit: 'ms',
        budget: 'libraryEditAckP95Ms',
      },
      { label: 'Library: IndexedDB on disk', value: mb(disk.indexedDbBytes), unit: 'MB' },
      {
        label: 'Library: data the safety copy protects',
        value: mb(disk.protectedBytes),
        unit: 'MB',
      },
      {
        label: 'Library: safety folder (copy, journal, backups)',
        value: mb(disk.safetyFolderBytes),
        unit: 'MB',
      },
      {
        label: 'Library: safety folder ÷ the data it protects',
        value: disk.safetyFolderBytes / disk.protectedBytes,
        unit: '×',
        budget: 'librarySafetyFolderRatio',
      },
    ];
  } finally {
    await app?.close();
    rmSync(small, { recursive: true, force: true });
    if (profile) rmSync(profile, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  }
}
