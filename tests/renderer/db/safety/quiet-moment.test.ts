import { describe, expect, it, vi } from 'vitest';
import { inputQuietMs, quietMoments } from '../../../../renderer/src/db/safety/quiet-moment';

function page() {
  const target = new EventTarget();
  let clock = 10_000;
  const sleep = vi.fn(async (ms: number) => {
    clock += ms;
  });
  const idle = vi.fn(async () => undefined);
  const quiet = quietMoments({ target, now: () => clock, sleep, idle });
  return {
    target,
    sleep,
    idle,
    quiet,
    advance: (ms: number) => (clock += ms),
    type: () => target.dispatchEvent(new Event('keydown')),
  };
}

describe('a quiet moment for the background check', () => {
  it('is the next idle period when the consultant is not typing', async () => {
    const { quiet, sleep, idle } = page();
    await quiet();
    expect(sleep).not.toHaveBeenCalled();
    expect(idle).toHaveBeenCalledTimes(1);
  });

  it('waits until the consultant has stopped typing for a moment', async () => {
    const { quiet, sleep, idle, type, advance } = page();
    type();
    advance(100);
    await quiet();
    expect(sleep).toHaveBeenCalledWith(inputQuietMs - 100);
    expect(idle).toHaveBeenCalledTimes(1);
  });

  it('waits again when a key comes while it waits for the idle period', async () => {
    const { quiet, sleep, idle, type } = page();
    idle.mockImplementationOnce(async () => {
      type();
    });
    await quiet();
    expect(sleep).toHaveBeenCalledWith(inputQuietMs);
    expect(idle).toHaveBeenCalledTimes(2);
  });
});
