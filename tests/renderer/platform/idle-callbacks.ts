import { vi } from 'vitest';

/**
 * The browser's idle callbacks, stubbed on the global: each runs when the test says the page is
 * idle (`idle()`). Undo with vi.unstubAllGlobals().
 */
export function idleCallbacks() {
  const waiting = new Map<number, IdleRequestCallback>();
  let next = 1;
  const request = vi.fn((callback: IdleRequestCallback, _options?: IdleRequestOptions) => {
    waiting.set(next, callback);
    return next++;
  });
  const cancel = vi.fn((handle: number) => void waiting.delete(handle));
  vi.stubGlobal('requestIdleCallback', request);
  vi.stubGlobal('cancelIdleCallback', cancel);
  return {
    request,
    cancel,
    idle: () => {
      const callbacks = [...waiting.values()];
      waiting.clear();
      for (const callback of callbacks) callback({ didTimeout: false, timeRemaining: () => 10 });
    },
  };
}
