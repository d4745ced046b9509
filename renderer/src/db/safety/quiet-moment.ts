/** How long after the consultant's last key or click the background check stays out of the way. */
export const inputQuietMs = 500;

/** The events that mean the consultant is typing or clicking. */
const inputEvents = ['keydown', 'input', 'pointerdown'] as const;

interface QuietMomentOptions {
  /** Where the consultant's input is heard (the window). */
  target: Pick<EventTarget, 'addEventListener'>;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** An idle period of the page, or the next task where there is none. */
  idle: () => Promise<void>;
}

/**
 * A wait for a quiet moment of the page: none while the consultant typed or clicked in the last
 * `inputQuietMs`, then an idle period. The background check waits for one before each batch of
 * reads and each slice of hashing, so a keystroke never queues behind it.
 */
export function quietMoments({ target, now, sleep, idle }: QuietMomentOptions) {
  let lastInput = -Infinity;
  const heard = () => {
    lastInput = now();
  };
  for (const type of inputEvents)
    target.addEventListener(type, heard, { capture: true, passive: true });
  return async (): Promise<void> => {
    for (;;) {
      const since = now() - lastInput;
      if (since >= inputQuietMs) {
        await idle();
        // Input that came while waiting for the idle period starts the wait again.
        if (now() - lastInput >= inputQuietMs) return;
      } else await sleep(inputQuietMs - since);
    }
  };
}
