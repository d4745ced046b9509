import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/create-handlers';

const platform = {
  appInfo: () => ({ name: 'Session Studio', version: 'test', userDataPath: '/u' }),
  chooseSavePath: async () => null,
};

describe('the projector’s handlers', () => {
  it('open the projector window and say where it opened; close it', async () => {
    const projector = { open: vi.fn(async () => 'second' as const), close: vi.fn() };
    const handlers = createHandlers({ ...platform, projector });
    expect(await dispatch(handlers, 'openProjector', null)).toEqual({
      ok: true,
      value: { display: 'second' },
    });
    expect(await dispatch(handlers, 'closeProjector', null)).toEqual({ ok: true, value: null });
    expect(projector.open).toHaveBeenCalledOnce();
    expect(projector.close).toHaveBeenCalledOnce();
  });

  it('say plainly when there is no projector window to open', async () => {
    const handlers = createHandlers(platform);
    expect(await dispatch(handlers, 'openProjector', null)).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'The projector window needs the Session Studio desktop app.',
      },
    });
    expect(await dispatch(handlers, 'closeProjector', null)).toEqual({ ok: true, value: null });
  });

  it('refuse a request that carries anything', async () => {
    const projector = { open: vi.fn(async () => 'same' as const), close: vi.fn() };
    const handlers = createHandlers({ ...platform, projector });
    const result = await dispatch(handlers, 'openProjector', { display: 2 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(projector.open).not.toHaveBeenCalled();
  });
});
