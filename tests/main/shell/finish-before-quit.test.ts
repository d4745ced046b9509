import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { finishBeforeQuit, waitAtMost } from '../../../main/shell/finish-before-quit';

/** Electron's app as far as quitting goes: will-quit can be held with preventDefault. */
function fakeApp() {
  const emitter = new EventEmitter();
  const app = {
    quits: 0,
    on: (event: 'will-quit', listener: (event: { preventDefault(): void }) => void) =>
      emitter.on(event, listener),
    quit: () => {
      app.quits += 1;
      quitAttempt();
    },
  };
  /** What Electron does on app.quit(): asks the will-quit listeners; true when it went ahead. */
  const quitAttempt = () => {
    let held = false;
    emitter.emit('will-quit', { preventDefault: () => (held = true) });
    return !held;
  };
  return { app, quitAttempt };
}

describe('finishing work before the app quits', () => {
  it('holds the quit until the work is done, then quits once', async () => {
    const { app, quitAttempt } = fakeApp();
    let finish: () => void = () => undefined;
    const work = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    finishBeforeQuit(app, work);

    expect(quitAttempt()).toBe(false);
    // Quitting again meanwhile (a second Cmd+Q) neither starts the work again nor quits.
    expect(quitAttempt()).toBe(false);
    expect(work).toHaveBeenCalledTimes(1);
    expect(app.quits).toBe(0);

    finish();
    await vi.waitFor(() => expect(app.quits).toBe(1));
    expect(quitAttempt()).toBe(true);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('quits after the bounded wait when the work hangs', async () => {
    const { app, quitAttempt } = fakeApp();
    finishBeforeQuit(app, () => new Promise(() => undefined), { timeoutMs: 20 });
    expect(quitAttempt()).toBe(false);
    await vi.waitFor(() => expect(app.quits).toBe(1));
  });

  it('quits when the work fails, and reports the failure', async () => {
    const errors: unknown[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
    const { app, quitAttempt } = fakeApp();
    finishBeforeQuit(app, async () => {
      throw new Error('disk gone');
    });
    expect(quitAttempt()).toBe(false);
    await vi.waitFor(() => expect(app.quits).toBe(1));
    expect(String(errors.flat()[1])).toContain('disk gone');
    spy.mockRestore();
  });
});

describe('waiting at most so long', () => {
  it('says whether the work finished or the wait ran out, and clears its timer', async () => {
    expect(await waitAtMost(async () => 'done', 1_000)).toBe('finished');
    expect(await waitAtMost(() => new Promise(() => undefined), 10)).toBe('timed-out');
  });
});
