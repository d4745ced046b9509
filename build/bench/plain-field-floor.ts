import type { BrowserContext, Page } from '@playwright/test';
import { installProbes, readProbes } from './page-probes';
import { percentile, type Measurement } from './report';

/**
 * The floor under "keystroke to next frame": the same keystrokes, typed the same way, into a bare
 * text field on an empty page of the same browser at the same time. What it measures is the
 * browser's own: the wait for the next frame (up to 16.7 ms at 60 Hz, wherever in the frame the
 * key lands), the input's dispatch and the machine's load, none of Session Studio's work. The
 * app's figure minus this one is what the app adds.
 */
export async function plainFieldFloor(
  context: BrowserContext,
  type: (page: Page) => Promise<void>,
): Promise<Measurement[]> {
  const page = await context.newPage();
  try {
    await page.setContent('<textarea aria-label="Plain field" rows="4" cols="80"></textarea>');
    await installProbes(page);
    await page.getByLabel('Plain field').click();
    await type(page);
    const { latencies } = await readProbes(page);
    return [
      {
        label: 'Plain text field, same browser: keystroke to next frame, p50 (the floor)',
        value: percentile(latencies, 0.5),
        unit: 'ms',
      },
      {
        label: 'Plain text field, same browser: keystroke to next frame, p95 (the floor)',
        value: percentile(latencies, 0.95),
        unit: 'ms',
      },
    ];
  } finally {
    await page.close();
  }
}
