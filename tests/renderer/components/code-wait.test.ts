import { afterEach, describe, expect, it, vi } from 'vitest';
import { codeLoadedOrCap } from '../../../renderer/src/components/code-wait';

afterEach(() => vi.useRealTimers());

describe('codeLoadedOrCap', () => {
  it('resolves when the code has loaded, before the cap', async () => {
    vi.useFakeTimers();
    let settled = false;
    void codeLoadedOrCap(Promise.resolve(), 1_000).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
  });

  it('resolves, never rejects, when the code failed to load', async () => {
    await expect(codeLoadedOrCap(Promise.reject(new Error('no chunk')), 1_000)).resolves.toBe(
      undefined,
    );
  });

  it('resolves after the cap when the code never arrives', async () => {
    vi.useFakeTimers();
    let settled = false;
    void codeLoadedOrCap(new Promise(() => undefined), 100).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(99);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });
});
