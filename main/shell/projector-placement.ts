import type { BrowserWindowConstructorOptions } from 'electron';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayInfo {
  id: number;
  bounds: Rectangle;
}

export interface ProjectorPlacement {
  /** 'second': full screen on a display the laptop's window is not on; 'same': beside it. */
  display: 'second' | 'same';
  displayId: number;
  frame: BrowserWindowConstructorOptions;
}

const frameBasics: BrowserWindowConstructorOptions = {
  title: 'Session Studio · Projector',
  show: false,
  backgroundColor: '#ffffff',
  autoHideMenuBar: true,
};

/**
 * Where the projector window opens: full screen on the first display other than the one the
 * laptop's window is on; with none attached, a window on the laptop's display that the
 * consultant can drag to a projector plugged in later.
 */
export function placeProjector(
  displays: readonly DisplayInfo[],
  laptopDisplay: DisplayInfo,
): ProjectorPlacement {
  const second = displays.find((display) => display.id !== laptopDisplay.id);
  if (second)
    return {
      display: 'second',
      displayId: second.id,
      frame: { ...frameBasics, ...second.bounds, fullscreen: true },
    };
  const { x, y, width, height } = laptopDisplay.bounds;
  const size = { width: Math.min(1280, width), height: Math.min(800, height) };
  return {
    display: 'same',
    displayId: laptopDisplay.id,
    frame: {
      ...frameBasics,
      ...size,
      x: x + Math.round((width - size.width) / 2),
      y: y + Math.round((height - size.height) / 2),
      fullscreen: false,
    },
  };
}

/**
 * A display was unplugged: the projector window on it closes cleanly (the laptop's window says
 * so and can open it again), rather than landing full screen over the laptop's own work.
 */
export function closesWhenRemoved(projectorDisplayId: number, removedDisplayId: number): boolean {
  return projectorDisplayId === removedDisplayId;
}
