import { screen, type BrowserWindow, type Display } from 'electron';
import { projectorWindowRoute } from '../../shared/ipc/channels';
import type { ProjectorWindow } from '../projector/projector-handlers';
import { createMainWindow } from './main-window';
import { closesWhenRemoved, placeProjector } from './projector-placement';
import type { RendererSource } from './renderer-source';

interface ProjectorWindowOptions {
  preloadPath: string;
  renderer: RendererSource;
  isDevelopment: boolean;
  /** The laptop's window, to place the projector on another display. */
  laptopWindow: () => BrowserWindow | null;
}

/**
 * The projector window: the app's renderer at #/projector, created like the main window (same
 * security settings, same guards, same IPC checks), full screen on a second display when one is
 * attached. What it shows comes from the laptop's window, not from main.
 */
export function createProjectorWindow(options: ProjectorWindowOptions): ProjectorWindow {
  let window: BrowserWindow | null = null;
  let displayId = -1;
  let display: 'second' | 'same' = 'same';

  const onDisplayRemoved = (_event: unknown, removed: Display) => {
    if (window && closesWhenRemoved(displayId, removed.id)) window.close();
  };

  return {
    async open() {
      if (window && !window.isDestroyed()) {
        window.show();
        return display;
      }
      const laptop = options.laptopWindow();
      const laptopDisplay = laptop
        ? screen.getDisplayMatching(laptop.getBounds())
        : screen.getPrimaryDisplay();
      const placement = placeProjector(screen.getAllDisplays(), laptopDisplay);
      const opened = createMainWindow(options.preloadPath, options.renderer, {
        isDevelopment: options.isDevelopment,
        frame: placement.frame,
        route: projectorWindowRoute,
      });
      window = opened;
      displayId = placement.displayId;
      display = placement.display;
      // Dragged to another display: that is the one whose unplugging closes it.
      opened.on('moved', () => (displayId = screen.getDisplayMatching(opened.getBounds()).id));
      screen.on('display-removed', onDisplayRemoved);
      opened.on('closed', () => {
        screen.removeListener('display-removed', onDisplayRemoved);
        if (window === opened) window = null;
      });
      return display;
    },
    close() {
      if (window && !window.isDestroyed()) window.close();
    },
  };
}
