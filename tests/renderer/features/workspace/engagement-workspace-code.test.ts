import { afterEach, describe, expect, it, vi } from 'vitest';
import { codeWaitCapMs } from '../../../../renderer/src/components/code-wait';

const code = vi.hoisted(() => ({ requested: false, load: () => undefined as void }));
// The workspace's chunk, loaded when the test says so.
vi.mock('../../../../renderer/src/features/workspace/EngagementWorkspace', async () => {
  code.requested = true;
  await new Promise<void>((resolve) => {
    code.load = resolve;
  });
  return { EngagementWorkspace: () => null };
});
vi.mock('../../../../renderer/src/features/workspace/worksheet-registry', () => ({
  preloadWorksheet: () => Promise.resolve(),
}));

const { openEngagementWhenReady } =
  await import('../../../../renderer/src/features/workspace/engagement-workspace-code');

/** Lets the module loader and every promise waiting on it go on (fake timers leave it be). */
async function settle() {
  for (let turn = 0; turn < 50; turn += 1) await new Promise((resolve) => setImmediate(resolve));
}

const opening = {
  name: 'engagement',
  engagementId: 'engagement-1',
  worksheet: 'purpose-agenda',
  sessionId: null,
};

afterEach(() => vi.useRealTimers());

describe('openEngagementWhenReady', () => {
  it('opens the engagement after the cap when the workspace’s code does not come', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const navigate = vi.fn();
    const opened = openEngagementWhenReady(navigate, 'engagement-1');
    await settle();
    expect(code.requested).toBe(true);
    await vi.advanceTimersByTimeAsync(codeWaitCapMs - 1);
    expect(navigate).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1);
    await opened;
    expect(navigate).toHaveBeenCalledWith(opening);
  });

  it('opens the engagement on Purpose & agenda once the workspace’s code is loaded, not before', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const navigate = vi.fn();
    const opened = openEngagementWhenReady(navigate, 'engagement-1');
    await settle();
    expect(navigate).not.toHaveBeenCalled();

    code.load();
    await opened;
    expect(navigate).toHaveBeenCalledWith(opening);
  });
});
