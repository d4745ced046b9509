import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useQuietMoment } from '../../../renderer/src/hooks/use-quiet-moment';
import { idleCallbacks } from '../platform/idle-callbacks';

afterEach(() => vi.unstubAllGlobals());

describe('useQuietMoment', () => {
  it('asks for nothing until enabled, then turns true in the page’s next idle period', async () => {
    const browser = idleCallbacks();
    const { result, rerender } = renderHook(({ enabled }) => useQuietMoment(enabled), {
      initialProps: { enabled: false },
    });
    expect(browser.request).not.toHaveBeenCalled();
    rerender({ enabled: true });
    expect(browser.request).toHaveBeenCalledWith(expect.any(Function), { timeout: 1_000 });
    expect(result.current).toBe(false);
    await act(async () => browser.idle());
    expect(result.current).toBe(true);
  });

  it('cancels its idle callback when the screen goes away first', () => {
    const browser = idleCallbacks();
    const { unmount } = renderHook(() => useQuietMoment(true, 300));
    expect(browser.request).toHaveBeenCalledWith(expect.any(Function), { timeout: 300 });
    unmount();
    expect(browser.cancel).toHaveBeenCalledWith(browser.request.mock.results[0]?.value);
  });
});
