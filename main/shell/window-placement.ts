import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A display as the placement sees it: a stable key and the area windows may use on it. */
export interface DisplayArea {
  key: string;
  workArea: Rect;
  primary: boolean;
}

const rectSchema = z.object({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
});

/** The window on one display: its size and position when not maximised, and whether it was. */
const placementSchema = z.object({ bounds: rectSchema, maximized: z.boolean() });
export type WindowPlacement = z.infer<typeof placementSchema>;

/** The window-state file: one placement per display the window has been on, and the last one. */
export const windowStateSchema = z.object({
  version: z.literal(1),
  lastDisplay: z.string().min(1).max(200).nullable(),
  displays: z.record(z.string().min(1).max(200), placementSchema),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const emptyWindowState: WindowState = { version: 1, lastDisplay: null, displays: {} };

/** The most displays remembered; the oldest goes first. */
export const rememberedDisplayLimit = 12;
export const defaultWindowSize = { width: 1280, height: 820 };
/** As the window allows (window-options.ts). */
export const minimumWindowSize = { width: 900, height: 600 };

/**
 * A key for a display that survives a restart: its id and its size (an id alone can come back on
 * a different screen when displays are plugged in another order).
 */
export function displayKey(display: { id: number; size: { width: number; height: number } }) {
  return `${display.id}:${display.size.width}x${display.size.height}`;
}

export interface PlannedWindow {
  bounds: Rect;
  maximized: boolean;
  /** Said to the consultant when the window could not open where it was last. */
  notice: string | null;
}

export const detachedDisplayNotice =
  'Session Studio was last on a display that is no longer attached, so it opened on this one.';

/** Keeps a window whole inside an area: never larger than it, moved in where it sticks out. */
export function fitInto(bounds: Rect, area: Rect): Rect {
  const width = Math.min(Math.max(bounds.width, minimumWindowSize.width), area.width);
  const height = Math.min(Math.max(bounds.height, minimumWindowSize.height), area.height);
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

function centredOn(area: Rect): Rect {
  const width = Math.min(defaultWindowSize.width, area.width);
  const height = Math.min(defaultWindowSize.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where the window opens: where it last was, if that display is attached; else where it was on
 * another attached display (the primary first); else centred on the primary display. Always whole
 * on a display that is there now. Reads the state, never changes it.
 */
export function planWindow(state: WindowState, displays: readonly DisplayArea[]): PlannedWindow {
  const primary = displays.find((display) => display.primary) ?? displays[0];
  if (!primary)
    return {
      bounds: centredOn({ x: 0, y: 0, ...defaultWindowSize }),
      maximized: false,
      notice: null,
    };
  const onDisplay = (display: DisplayArea, notice: string | null): PlannedWindow | null => {
    const placement = state.displays[display.key];
    return placement
      ? {
          bounds: fitInto(placement.bounds, display.workArea),
          maximized: placement.maximized,
          notice,
        }
      : null;
  };

  const last = displays.find((display) => display.key === state.lastDisplay);
  if (last)
    return (
      onDisplay(last, null) ?? { bounds: centredOn(last.workArea), maximized: false, notice: null }
    );

  const notice = state.lastDisplay === null ? null : detachedDisplayNotice;
  const others = [primary, ...displays.filter((display) => display !== primary)];
  for (const display of others) {
    const planned = onDisplay(display, notice);
    if (planned) return planned;
  }
  return { bounds: centredOn(primary.workArea), maximized: false, notice };
}

/** The state after the window was seen on a display, at these bounds, maximised or not. */
export function recordWindow(
  state: WindowState,
  displayKeyNow: string,
  placement: WindowPlacement,
): WindowState {
  const { [displayKeyNow]: _previous, ...others } = state.displays;
  const kept = Object.entries(others).slice(-(rememberedDisplayLimit - 1));
  return {
    version: 1,
    lastDisplay: displayKeyNow,
    // Insertion order is age: the display just used goes last.
    displays: { ...Object.fromEntries(kept), [displayKeyNow]: placement },
  };
}
