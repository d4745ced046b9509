import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  emptyWindowState,
  type Rect,
  type WindowState,
} from '../../../main/shell/window-placement';
import { trackWindowState } from '../../../main/shell/window-state-tracker';

class FakeWindow extends EventEmitter {
  bounds: Rect = { x: 10, y: 20, width: 1200, height: 800 };
  maximized = false;
  minimized = false;
  getNormalBounds = () => this.bounds;
  isMaximized = () => this.maximized;
  isMinimized = () => this.minimized;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function tracked() {
  const window = new FakeWindow();
  const saves: WindowState[] = [];
  const tracking = trackWindowState({
    window,
    initial: emptyWindowState,
    displayKeyAt: (bounds) => (bounds.x >= 1440 ? 'monitor' : 'laptop'),
    save: async (state) => void saves.push(state),
    delayMs: 500,
  });
  return { window, saves, tracking };
}

describe('keeping the window state', () => {
  it('saves once the window has settled after a move, on the display it is on', async () => {
    const { window, saves } = tracked();
    window.bounds = { x: 1500, y: 40, width: 1600, height: 1000 };
    window.emit('move');
    window.emit('move');
    window.emit('resize');
    await vi.advanceTimersByTimeAsync(499);
    expect(saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toEqual([
      {
        version: 1,
        lastDisplay: 'monitor',
        displays: {
          monitor: { bounds: { x: 1500, y: 40, width: 1600, height: 1000 }, maximized: false },
        },
      },
    ]);
  });

  it('saves a maximised window with the size it returns to', async () => {
    const { window, saves } = tracked();
    window.maximized = true;
    window.emit('maximize');
    await vi.advanceTimersByTimeAsync(500);
    expect(saves.at(-1)?.displays.laptop).toEqual({
      bounds: { x: 10, y: 20, width: 1200, height: 800 },
      maximized: true,
    });
  });

  it('saves at once when the window closes, and flush waits for it', async () => {
    const { window, saves, tracking } = tracked();
    window.emit('resize');
    window.emit('close');
    await tracking.flush();
    expect(saves).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves).toHaveLength(1);
  });

  it('keeps what it had while the window is minimised', async () => {
    const { window, saves, tracking } = tracked();
    window.minimized = true;
    window.bounds = { x: -32000, y: -32000, width: 160, height: 28 };
    window.emit('move');
    await vi.advanceTimersByTimeAsync(500);
    window.emit('close');
    await tracking.flush();
    expect(saves).toEqual([]);
  });
});
