import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

const workspace = vi.hoisted(() => ({ loaded: () => undefined as void }));
vi.mock('../../../renderer/src/features/workspace/engagement-workspace-code', () => ({
  engagementWorkspaceReady: () =>
    new Promise<void>((resolve) => {
      workspace.loaded = resolve;
    }),
}));

const { useAppCommands } = await import('../../../renderer/src/app/use-app-commands');

afterEach(cleanup);

describe('File › Open Recent', () => {
  it('opens the engagement once the workspace’s code is loaded, not before', async () => {
    const navigate = vi.fn();
    const { result } = renderHook(() =>
      useAppCommands({
        route: { name: 'home', creating: false, showArchived: false },
        navigate,
        notify: vi.fn(),
        shortcutsOpen: false,
        setShortcutsOpen: vi.fn(),
        exploreSample: vi.fn(),
      }),
    );
    result.current.openRecent('engagement-1');
    await Promise.resolve();
    expect(navigate).not.toHaveBeenCalled();
    workspace.loaded();
    await vi.waitFor(() =>
      expect(navigate).toHaveBeenCalledWith({
        name: 'engagement',
        engagementId: 'engagement-1',
        worksheet: 'purpose-agenda',
        sessionId: null,
      }),
    );
  });
});
