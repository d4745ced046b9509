/** The part of Electron's `app` that quitting needs; a plain emitter in tests. */
export interface QuittingApp {
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/** The longest quit is held for: a laptop lid closing or a shutdown must not wait on the app. */
export const quitWaitMs = 2_000;

/** Runs the work, giving up waiting (not the work) after `timeoutMs`; never rejects. */
export async function waitAtMost(
  work: () => Promise<unknown>,
  timeoutMs: number,
  onError: (error: unknown) => void = (error) => console.error('[quit]', error),
): Promise<'finished' | 'timed-out'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timed-out'>((resolve) => {
    timer = setTimeout(() => resolve('timed-out'), timeoutMs);
  });
  // Started at once; a throw inside work rejects rather than escaping.
  const finished = new Promise((resolve) => resolve(work())).then(
    () => 'finished' as const,
    (error: unknown) => {
      onError(error);
      return 'finished' as const;
    },
  );
  try {
    return await Promise.race([finished, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Once every window has closed and the app is about to quit, holds the quit while `work` runs (the
 * safety copy's snapshot, stopping the document worker), for at most `timeoutMs`, then quits. Work
 * cut short loses nothing: each of its writes is atomic and the journal is only emptied after the
 * snapshot is on disk, so the next start finishes the job.
 */
export function finishBeforeQuit(
  app: QuittingApp,
  work: () => Promise<unknown>,
  { timeoutMs = quitWaitMs }: { timeoutMs?: number } = {},
): void {
  let stage: 'open' | 'finishing' | 'done' = 'open';
  app.on('will-quit', (event) => {
    if (stage === 'done') return;
    event.preventDefault();
    if (stage === 'finishing') return;
    stage = 'finishing';
    void waitAtMost(work, timeoutMs).then(() => {
      stage = 'done';
      app.quit();
    });
  });
}
