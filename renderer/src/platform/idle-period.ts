interface IdlePeriodOptions {
  /** The longest wait, in milliseconds, should the page never be idle. */
  timeoutMs?: number;
  /** Aborting it gives the wait up: the promise then resolves false. */
  signal?: AbortSignal;
}

/**
 * The page's next idle period (requestIdleCallback), or `timeoutMs` at the latest; the next task
 * where the browser has no idle periods. For work that can wait until what is on screen has been
 * drawn. Resolves true when the moment came, false when `signal` gave the wait up first.
 */
export function idlePeriod({
  timeoutMs = 2_000,
  signal,
}: IdlePeriodOptions = {}): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve(false);
      return;
    }
    const came = () => {
      signal?.removeEventListener('abort', givenUp);
      resolve(true);
    };
    let cancel: () => void;
    if (typeof requestIdleCallback === 'function') {
      const request = requestIdleCallback(came, { timeout: timeoutMs });
      cancel = () => cancelIdleCallback(request);
    } else {
      const timer = setTimeout(came, 0);
      cancel = () => clearTimeout(timer);
    }
    function givenUp() {
      cancel();
      resolve(false);
    }
    signal?.addEventListener('abort', givenUp, { once: true });
  });
}
