import { expect } from '@playwright/test';
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchApp, newProfileDir } from '../../tests/e2e/harness/launch-app';
import { benchRuns, median, type Measurement } from './report';

interface StartReading {
  firstPaintMs: number;
  /** The first frame showing the home's empty list: the app ready to use. */
  homeShownMs: number;
  /** The scripts the page had asked for before its first contentful paint. */
  scripts: string[];
}

/**
 * Resolves, in the page, with the time of the first frame showing the empty home. Plain script
 * text, installed before the app's own scripts run.
 */
const homeShownProbe = `window.__homeShownAt = new Promise((resolve) => {
  const watch = new MutationObserver(() => {
    if (!(document.body?.textContent ?? '').includes('No engagements yet')) return;
    watch.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
  watch.observe(document, { childList: true, subtree: true, characterData: true });
});`;

async function startOnce(): Promise<StartReading> {
  const profile = newProfileDir();
  const app = await launchApp(profile, { initScripts: [homeShownProbe] });
  try {
    await expect(app.page.getByText('No engagements yet')).toBeVisible();
    return (await app.page.evaluate(`(async () => {
      const paint = performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint');
      const firstPaintMs = paint ? paint.startTime : NaN;
      const homeShownMs = await window.__homeShownAt;
      const scripts = performance.getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js') && entry.startTime < firstPaintMs)
        .map((entry) => new URL(entry.name).pathname);
      return { firstPaintMs, homeShownMs, scripts };
    })()`)) as StartReading;
  } finally {
    await app.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * The renderer's start: the built app opened in a fresh profile (nothing cached, nothing stored)
 * to its first contentful paint, the median of several starts after one to warm the disk; and the
 * JavaScript it needed before that paint, gzip-compressed as an installer or a server would ship it.
 */
export async function measureRendererStart(outFolder: string): Promise<Measurement[]> {
  const readings: StartReading[] = [];
  for (let run = 0; run <= benchRuns(); run += 1) readings.push(await startOnce());
  const [, ...timed] = readings;
  const scripts = [...new Set(readings.flatMap((reading) => reading.scripts))];
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const script of scripts) {
    const bytes = await readFile(join(outFolder, 'renderer', script));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  console.log(`Scripts before the first paint: ${scripts.join(', ')}`);
  return [
    {
      label: 'Renderer: cold start to first contentful paint',
      value: median(timed.map((reading) => reading.firstPaintMs)),
      unit: 'ms',
      budget: 'coldFirstPaintMs',
    },
    {
      label: 'Renderer: cold start to the home on screen (data checked, list read)',
      value: median(timed.map((reading) => reading.homeShownMs)),
      unit: 'ms',
    },
    { label: 'Renderer: JavaScript before the first paint', value: rawBytes / 1024, unit: 'KB' },
    {
      label: 'Renderer: the same, gzip-compressed',
      value: gzipBytes / 1024,
      unit: 'KB',
      budget: 'firstPaintJsKb',
    },
  ];
}
