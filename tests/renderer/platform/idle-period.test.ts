import { afterEach, describe, expect, it, vi } from 'vitest';
import { idlePeriod } from '../../../renderer/src/platform/idle-period';
import { idleCallbacks } from './idle-callbacks';

/** Whether the promise has settled by now, and with what. */
async function settled<T>(promise: Promise<T>): Promise<{ value: T } | 'pending'> {
  return Promise.race([
    promise.then((value) => ({ value })),
    new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), 0)),
  ]);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('an idle period of the page', () => {
  it('comes with the browser’s next idle callback, asked with the longest wait', async () => {
    const browser = idleCallbacks();
    const moment = idlePeriod({ timeoutMs: 750 });
    expect(browser.request).toHaveBeenCalledWith(expect.any(Function), { timeout: 750 });
    expect(await settled(moment)).toBe('pending');
    browser.idle();
    expect(await settled(moment)).toEqual({ value: true });
  });

  it('waits at most two seconds unless told otherwise', () => {
    const browser = idleCallbacks();
    void idlePeriod();
    expect(browser.request).toHaveBeenCalledWith(expect.any(Function), { timeout: 2_000 });
  });

  it('is given up when its signal aborts: the callback is cancelled and it resolves false', async () => {
    const browser = idleCallbacks();
    const wait = new AbortController();
    const moment = idlePeriod({ signal: wait.signal });
    wait.abort();
    expect(browser.cancel).toHaveBeenCalledWith(browser.request.mock.results[0]?.value);
    expect(await moment).toBe(false);
    browser.idle();
    expect(await moment).toBe(false);
  });

  it('asks the browser for nothing when its signal has already aborted', async () => {
    const browser = idleCallbacks();
    const wait = new AbortController();
    wait.abort();
    expect(await idlePeriod({ signal: wait.signal })).toBe(false);
    expect(browser.request).not.toHaveBeenCalled();
  });

  it('is the next task where the browser has no idle callbacks', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    const moment = idlePeriod();
    await vi.advanceTimersByTimeAsync(0);
    expect(await moment).toBe(true);
  });

  it('stays given up where the browser has no idle callbacks', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    const wait = new AbortController();
    const moment = idlePeriod({ signal: wait.signal });
    wait.abort();
    await vi.advanceTimersByTimeAsync(10);
    expect(await moment).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });
});
