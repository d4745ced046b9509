import type { CDPSession, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  /** The thread's own running time within the event (its thread clock), in microseconds. */
  tdur?: number;
  args?: { name?: string };
}

/**
 * Records a Chromium trace of the page's renderer while `during` runs and returns every task its
 * main thread ran, in milliseconds: a long task is what makes typing stutter. `tasks` is each
 * task's wall-clock length, which on a loaded machine also counts time the thread waited for a
 * core mid-task; `ownWork` is the thread's own running time in each (the trace's thread clock).
 */
export async function mainThreadTasks<T>(
  page: Page,
  during: () => Promise<T>,
): Promise<{ result: T; tasks: number[]; ownWork: number[] }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    events.push(...(value as unknown as TraceEvent[]));
  });
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    // Chromium records each task the scheduler runs (RunTask) under "toplevel" and its
    // disabled-by-default timeline, not under devtools.timeline: without them the trace holds
    // the renderer's thread but none of its tasks.
    traceConfig: {
      includedCategories: [
        'toplevel',
        'disabled-by-default-devtools.timeline',
        'devtools.timeline',
        '__metadata',
      ],
    },
  });
  let result: T;
  try {
    result = await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  const mainThreads = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const runs = events.filter(
    (event) =>
      event.name === 'RunTask' && event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`),
  );
  const tasks = runs.map((event) => (event.dur ?? 0) / 1000);
  const ownWork = runs.map((event) => (event.tdur ?? event.dur ?? 0) / 1000);
  // A measurement of nothing is not zero: say so instead of reporting -Infinity or 0.
  if (mainThreads.size === 0)
    throw new Error('The trace holds no renderer main thread (CrRendererMain).');
  if (tasks.length === 0)
    throw new Error('The trace holds no task run on the renderer’s main thread.');
  return { result, tasks, ownWork };
}
