import { expect, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchApp, newProfileDir } from '../../tests/e2e/harness/launch-app';
import { libraryFiles } from './library-files';
import { libraryProfile } from './library-profile';
import { importToOpen, launchWithProbes } from './library-in-the-app';
import { probeScript, readProbes } from './page-probes';
import { median } from './report';

/**
 * `node --import tsx build/bench/relaunch-probe.ts [runs]`: where a relaunch to the home list
 * spends its time, with one engagement and with the bench's library (BENCH_LIBRARY, 300,20),
 * launched alternately: each IndexedDB open and read, each call to main (sent and answered, and
 * main's own time on it), the list's first frame, and the renderer's long animation frames with
 * their scripts.
 */
const runs = Number(process.argv[2] ?? '5');

const phaseScript = `(() => {
  if (window.__phases) return;
  const phases = [];
  window.__phases = phases;
  const mark = (what, from) => phases.push({ what, from, to: performance.now() });
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (name, version) {
    const from = performance.now();
    const request = open.apply(this, arguments);
    request.addEventListener('success', () => mark('idb open ' + (version ?? ''), from));
    request.addEventListener('upgradeneeded', () => mark('idb upgradeneeded', from));
    return request;
  };
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    for (const method of ['getAll', 'get', 'count', 'openCursor']) {
      const original = proto[method];
      proto[method] = function () {
        const from = performance.now();
        const request = original.apply(this, arguments);
        const name = (this.objectStore ? this.objectStore.name + '.' : '') + this.name;
        request.addEventListener('success', () => {
          const result = request.result;
          mark(method + ' ' + name + (Array.isArray(result) ? ' ×' + result.length : ''), from);
        });
        return request;
      };
    }
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const scripts = (entry.scripts ?? [])
          .filter((script) => script.duration >= 4)
          .map((script) => Math.round(script.duration) + 'ms ' + (script.sourceFunctionName || script.invoker || '') + ' ' + (script.sourceURL ?? '').split('/').pop() + ':' + script.sourceCharPosition);
        phases.push({ what: 'LoAF ' + Math.round(entry.duration) + 'ms block ' + Math.round(entry.blockingDuration) + ' ' + scripts.join(' | '), from: entry.startTime, to: entry.startTime + entry.duration });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})();`;

interface Call {
  method: string;
  answeredAt: number;
}

async function relaunchOnce(profile: string) {
  const calls: Call[] = [];
  const { app, ms: listShownAt } = await launchWithProbes(profile, {
    initScripts: [phaseScript],
    observeCalls: (method) => calls.push({ method, answeredAt: Date.now() }),
  });
  const timeOrigin = (await app.page.evaluate('performance.timeOrigin')) as number;
  const phases = (await app.page.evaluate('window.__phases')) as {
    what: string;
    from: number;
    to: number;
  }[];
  const cpu = process.env.PROBE_PROFILE ? await reloadProfile(app.page) : null;
  await app.close();
  const timeline = [
    ...phases.map((phase) => ({
      at: phase.to,
      what: `${phase.what} (${(phase.to - phase.from).toFixed(0)} ms)`,
    })),
    ...calls.map((call) => ({ at: call.answeredAt - timeOrigin, what: `answered ${call.method}` })),
    { at: listShownAt, what: 'LIST SHOWN' },
  ]
    .filter((entry) => entry.at <= listShownAt + 1)
    .sort((a, b) => a.at - b.at);
  return { listShownAt, timeline, profile: cpu };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

/** A reload to the list under the CPU profiler: self time by function, until the list's frame. */
async function reloadProfile(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.reload();
  await expect
    .poll(() => page.evaluate('window.__bench.listShownAt'), { timeout: 120_000, intervals: [20] })
    .toBeGreaterThan(0);
  const { listShownAt } = await readProbes(page);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };
  };
  await cdp.detach();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  for (const [index, id] of profile.samples.entries()) {
    const node = byId.get(id)!;
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    if (functionName === '(idle)') continue;
    const key = `${functionName || '(anon)'} ${url.split('/').pop()}:${lineNumber}:${columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    total += ms;
  }
  return {
    listShownAt,
    total,
    top: [...self].sort((a, b) => b[1] - a[1]).slice(0, 25),
  };
}

const folder = mkdtempSync(join(tmpdir(), 'session-studio-relaunch-probe-'));
const files = libraryFiles(folder);
const small = newProfileDir();
const [typical = 300, busy = 20] = (process.env.BENCH_LIBRARY ?? '300,20').split(',').map(Number);
try {
  const app = await launchApp(small, { initScripts: [probeScript] });
  await expect(app.page.getByText('No engagements yet')).toBeVisible();
  await importToOpen(app, files.next('typical'));
  await app.close();
  const built = await libraryProfile(files, { typical, busy });
  const large = newProfileDir();
  cpSync(built, large, { recursive: true });
  rmSync(built, { recursive: true, force: true });
  const figures: Record<'small' | 'large', number[]> = { small: [], large: [] };
  for (let run = 0; run <= runs; run += 1) {
    for (const [name, profile] of [
      ['small', small],
      ['large', large],
    ] as const) {
      const { listShownAt, timeline, profile: cpu } = await relaunchOnce(profile);
      const load = loadavg()[0]!.toFixed(2);
      // The start asks main once the app's modules are evaluated: how long main then took.
      const evaluated = timeline.find((entry) => entry.what.includes('start-app'))?.at;
      const answered = timeline.find((entry) => entry.what === 'answered getSafetyCopyStatus')?.at;
      const wait =
        evaluated !== undefined && answered !== undefined
          ? `, main answered ${(answered - evaluated).toFixed(0)} ms after the modules ran`
          : '';
      console.log(`${name} run ${run}: list at ${listShownAt.toFixed(0)} ms${wait} (load ${load})`);
      if (process.env.PROBE_TIMELINE)
        for (const entry of timeline)
          console.log(`   ${entry.at.toFixed(0).padStart(5)} ${entry.what}`);
      if (cpu) {
        console.log(
          `   reload: list at ${cpu.listShownAt.toFixed(0)} ms, busy ${cpu.total.toFixed(0)} ms`,
        );
        for (const [key, ms] of cpu.top) console.log(`     ${ms.toFixed(1).padStart(6)} ${key}`);
      }
      if (run > 0) figures[name].push(listShownAt);
    }
  }
  console.log(
    `median: 1 engagement ${median(figures.small).toFixed(0)} ms, ${typical + busy}: ${median(figures.large).toFixed(0)} ms`,
  );
  console.log(`small: ${figures.small.map((ms) => ms.toFixed(0)).join(', ')}`);
  console.log(`large: ${figures.large.map((ms) => ms.toFixed(0)).join(', ')}`);
  rmSync(large, { recursive: true, force: true });
} finally {
  rmSync(small, { recursive: true, force: true });
  rmSync(folder, { recursive: true, force: true });
}
