import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

const openEngagementWhenReady = vi.hoisted(() => vi.fn());
vi.mock('../../../renderer/src/features/workspace/engagement-workspace-code', () => ({
  openEngagementWhenReady,
}));

const { useAppCommands } = await import('../../../renderer/src/app/use-app-commands');

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
  openEngagementWhenReady.mockClear();
});

function commands() {
  const navigate = vi.fn();
  const notify = vi.fn();
  const { result } = renderHook(() =>
    useAppCommands({
      route: { name: 'home', creating: false, showArchived: false },
      navigate,
      notify,
      shortcutsOpen: false,
      setShortcutsOpen: vi.fn(),
      exploreSample: vi.fn(),
    }),
  );
  return { openRecent: result.current.openRecent, navigate, notify };
}

describe('File › Open Recent', () => {
  it('opens the engagement once the workspace’s code is loaded (openEngagementWhenReady)', () => {
    const { openRecent, navigate } = commands();
    openRecent('engagement-1');
    expect(openEngagementWhenReady).toHaveBeenCalledWith(navigate, 'engagement-1');
  });

  it('waits for an open dialog to be answered, and says so', () => {
    const dialog = document.createElement('div');
    dialog.setAttribute('aria-modal', 'true');
    document.body.append(dialog);
    const { openRecent, notify } = commands();
    openRecent('engagement-1');
    expect(openEngagementWhenReady).not.toHaveBeenCalled();
    expect(notify).toHaveBeenCalledWith(
      'Answer or close the open dialog first, then choose the engagement again.',
    );
  });
});
