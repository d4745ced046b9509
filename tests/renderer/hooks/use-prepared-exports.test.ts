import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePreparedExports } from '../../../renderer/src/hooks/use-prepared-exports';
import { setPlatformApiForTests } from '../../../renderer/src/platform/session-studio-api';
import type { SessionStudioApi } from '../../../shared/ipc/api';
import { ok } from '../../../shared/ipc/result';

function mainPreparing(answer: () => Promise<unknown> = async () => ok(null)) {
  const prepareExports = vi.fn(answer);
  setPlatformApiForTests({ prepareExports } as unknown as SessionStudioApi);
  return prepareExports;
}

afterEach(() => {
  cleanup();
  setPlatformApiForTests(null);
});

describe('usePreparedExports', () => {
  it('asks main once to get exports ready, after a quiet moment, for each engagement opened', async () => {
    const prepareExports = mainPreparing();
    const { rerender } = renderHook(({ id }) => usePreparedExports(id, 50), {
      initialProps: { id: 'engagement-1' },
    });
    await waitFor(() => expect(prepareExports).toHaveBeenCalledTimes(1));
    expect(prepareExports).toHaveBeenCalledWith(null);
    rerender({ id: 'engagement-1' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(prepareExports).toHaveBeenCalledTimes(1);
    rerender({ id: 'engagement-2' });
    await waitFor(() => expect(prepareExports).toHaveBeenCalledTimes(2));
  });

  it('leaves the page working when main cannot prepare', async () => {
    const prepareExports = mainPreparing(() => Promise.reject(new Error('main is gone')));
    const { result } = renderHook(() => usePreparedExports('engagement-1', 50));
    await waitFor(() => expect(prepareExports).toHaveBeenCalledTimes(1));
    expect(result.current).toBeUndefined();
  });
});
