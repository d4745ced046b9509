import { screen, type BrowserWindow } from 'electron';
import { displayKey, planWindow, type PlannedWindow, type WindowState } from './window-placement';
import { readWindowState, windowStatePath, writeWindowState } from './window-state-file';
import { trackWindowState, type WindowStateTracking } from './window-state-tracker';

export interface WindowStart {
  planned: PlannedWindow;
  state: WindowState;
  filePath: string;
}

/** Electron's displays, as the placement reads them. */
function attachedDisplays() {
  const primaryId = screen.getPrimaryDisplay().id;
  return screen.getAllDisplays().map((display) => ({
    key: displayKey(display),
    workArea: display.workArea,
    primary: display.id === primaryId,
  }));
}

/** Where the main window opens, from the state file and the displays attached now. */
export async function planMainWindow(userDataPath: string): Promise<WindowStart> {
  const filePath = windowStatePath(userDataPath);
  const read = await readWindowState(filePath);
  if (!read.ok && read.problem) console.warn('[window-state]', read.problem);
  return { planned: planWindow(read.state, attachedDisplays()), state: read.state, filePath };
}

/** Saves the window's place as it moves, resizes, maximises and closes. */
export function keepWindowState(window: BrowserWindow, start: WindowStart): WindowStateTracking {
  return trackWindowState({
    window,
    initial: start.state,
    displayKeyAt: (bounds) => displayKey(screen.getDisplayMatching(bounds)),
    save: (state) => writeWindowState(start.filePath, state),
  });
}
