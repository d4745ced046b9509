import { describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../../shared/ipc/channels';
import { createApi } from '../../../shared/ipc/create-api';

describe('the preload API', () => {
  it('sends each method on its contract channel, with null for “no payload”', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: null }));
    const api = createApi(invoke, () => () => undefined);
    await api.getAppInfo(null);
    await (api.getAppInfo as unknown as () => Promise<unknown>)();
    expect(invoke.mock.calls).toEqual([
      [ipcChannels.getAppInfo, null],
      [ipcChannels.getAppInfo, null],
    ]);
  });

  it('passes on only the menu commands it knows', () => {
    let deliver: (command: unknown) => void = () => undefined;
    const unsubscribe = vi.fn();
    const api = createApi(vi.fn(), (listener) => {
      deliver = listener;
      return unsubscribe;
    });
    const heard: string[] = [];
    const stop = api.onMenuCommand((command) => heard.push(command));
    deliver('new-engagement');
    deliver('rm -rf');
    deliver({ command: 'export-document' });
    deliver('export-document');
    expect(heard).toEqual(['new-engagement', 'export-document']);
    stop();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });

  it('tells the renderer that engagement files were opened, and stops when asked', () => {
    let nudge: () => void = () => undefined;
    const unsubscribe = vi.fn();
    const api = createApi(
      vi.fn(),
      () => () => undefined,
      (listener) => {
        nudge = listener;
        return unsubscribe;
      },
    );
    const heard = vi.fn();
    const stop = api.onEngagementFilesOpened(heard);
    nudge();
    expect(heard).toHaveBeenCalledOnce();
    stop();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});
