import { describe, expect, it } from 'vitest';
import {
  detachedDisplayNotice,
  displayKey,
  emptyWindowState,
  fitInto,
  planWindow,
  recordWindow,
  rememberedDisplayLimit,
  type DisplayArea,
  type WindowState,
} from '../../../main/shell/window-placement';

const laptop: DisplayArea = {
  key: displayKey({ id: 1, size: { width: 1440, height: 900 } }),
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
  primary: true,
};
const monitor: DisplayArea = {
  key: displayKey({ id: 2, size: { width: 2560, height: 1440 } }),
  workArea: { x: 1440, y: 0, width: 2560, height: 1400 },
  primary: false,
};

function stateWith(...entries: [DisplayArea, WindowState['displays'][string]][]): WindowState {
  return entries.reduce(
    (state, [display, placement]) => recordWindow(state, display.key, placement),
    emptyWindowState,
  );
}

describe('where the window opens', () => {
  it('opens centred on the primary display the first time', () => {
    expect(planWindow(emptyWindowState, [monitor, laptop])).toEqual({
      bounds: { x: 80, y: 53, width: 1280, height: 820 },
      maximized: false,
      notice: null,
    });
  });

  it('opens where it last was, maximised if it was', () => {
    const state = stateWith([
      monitor,
      { bounds: { x: 1600, y: 100, width: 1800, height: 1100 }, maximized: true },
    ]);
    expect(planWindow(state, [laptop, monitor])).toEqual({
      bounds: { x: 1600, y: 100, width: 1800, height: 1100 },
      maximized: true,
      notice: null,
    });
  });

  it('remembers each display: back on the laptop alone, it opens where it was on the laptop', () => {
    const state = stateWith(
      [laptop, { bounds: { x: 40, y: 60, width: 1200, height: 780 }, maximized: false }],
      [monitor, { bounds: { x: 1600, y: 100, width: 1800, height: 1100 }, maximized: true }],
    );
    expect(planWindow(state, [laptop])).toEqual({
      bounds: { x: 40, y: 60, width: 1200, height: 780 },
      maximized: false,
      notice: detachedDisplayNotice,
    });
  });

  it('moves a window from a display no longer attached onto the primary one, and says so', () => {
    const state = stateWith([
      monitor,
      { bounds: { x: 3000, y: 900, width: 1800, height: 1100 }, maximized: false },
    ]);
    const planned = planWindow(state, [laptop]);
    expect(planned).toEqual({
      bounds: { x: 80, y: 53, width: 1280, height: 820 },
      maximized: false,
      notice: detachedDisplayNotice,
    });
    // The monitor's placement is still there for when it is plugged in again.
    expect(planWindow(state, [laptop, monitor]).bounds.x).toBe(2200);
  });

  it('keeps the window whole on a display that shrank (a lower resolution)', () => {
    const smaller: DisplayArea = { ...laptop, workArea: { x: 0, y: 0, width: 1024, height: 700 } };
    const state = stateWith([
      smaller,
      { bounds: { x: 900, y: 600, width: 1400, height: 900 }, maximized: false },
    ]);
    expect(planWindow(state, [smaller]).bounds).toEqual({ x: 0, y: 0, width: 1024, height: 700 });
  });

  it('fits bounds inside an area, never smaller than the window allows', () => {
    const area = { x: 0, y: 0, width: 1920, height: 1080 };
    expect(fitInto({ x: -500, y: -40, width: 300, height: 200 }, area)).toEqual({
      x: 0,
      y: 0,
      width: 900,
      height: 600,
    });
    expect(fitInto({ x: 1800, y: 1000, width: 1000, height: 700 }, area)).toEqual({
      x: 920,
      y: 380,
      width: 1000,
      height: 700,
    });
  });
});

describe('what is remembered', () => {
  it('records the display last used, keeping the others', () => {
    const state = stateWith(
      [laptop, { bounds: { x: 40, y: 60, width: 1200, height: 780 }, maximized: false }],
      [monitor, { bounds: { x: 1600, y: 100, width: 1800, height: 1100 }, maximized: true }],
    );
    expect(state.lastDisplay).toBe(monitor.key);
    expect(Object.keys(state.displays)).toEqual([laptop.key, monitor.key]);
  });

  it('forgets the display used longest ago beyond the limit', () => {
    let state = emptyWindowState;
    for (let id = 1; id <= rememberedDisplayLimit + 2; id += 1)
      state = recordWindow(state, `${id}:1920x1080`, {
        bounds: { x: 0, y: 0, width: 1000, height: 700 },
        maximized: false,
      });
    const keys = Object.keys(state.displays);
    expect(keys).toHaveLength(rememberedDisplayLimit);
    expect(keys[0]).toBe('3:1920x1080');
    expect(keys.at(-1)).toBe(`${rememberedDisplayLimit + 2}:1920x1080`);
  });
});
