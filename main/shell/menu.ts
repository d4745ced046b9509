import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/channels';
import type { RecentEngagement } from '../../shared/ipc/shell-schemas';
import { menuAccelerator } from '../../shared/shortcuts/shortcut-catalog';
import { viewMenu } from './view-menu';

export interface MenuExtras {
  /** The File menu's Open Recent, newest first. */
  recentEngagements?: readonly RecentEngagement[];
  /** Opens an engagement from Open Recent in the window. */
  openEngagement?: (engagementId: string) => void;
}

/** The application menu: the standard roles plus the app's own commands. */
export function buildMenuTemplate(
  sendCommand: (command: MenuCommand) => void,
  isMac: boolean,
  isDevelopment = false,
  { recentEngagements = [], openEngagement = () => undefined }: MenuExtras = {},
): MenuItemConstructorOptions[] {
  /**
   * A command item. The renderer answers the keys itself (so they work the same in every window
   * and in tests), so the accelerator is shown, not registered, on Windows and Linux. On macOS it
   * is always registered, and the renderer consumes the keys it answers before the menu sees them.
   */
  const command = (label: string, name: MenuCommand): MenuItemConstructorOptions => {
    const accelerator = menuAccelerator(name, isMac);
    return {
      label,
      ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
      click: () => sendCommand(name),
    };
  };

  const openRecent: MenuItemConstructorOptions = {
    label: 'Open Recent',
    submenu:
      recentEngagements.length === 0
        ? [{ label: 'No recent engagements', enabled: false }]
        : recentEngagements.map((engagement) => ({
            label: engagement.label,
            click: () => openEngagement(engagement.id),
          })),
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New engagement…', 'new-engagement'),
      openRecent,
      { type: 'separator' },
      command('Export…', 'export-document'),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  // Undo and Redo undo a removal (a row, a phase, an engagement); in a text field, the typing.
  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      command('Undo', 'undo-removal'),
      command('Redo', 'redo-removal'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } as MenuItemConstructorOptions] : []),
      { role: 'delete' },
      { role: 'selectAll' },
      { type: 'separator' },
      command('Find…', 'find'),
    ],
  };

  const themeMenu: MenuItemConstructorOptions = {
    label: 'Theme',
    submenu: [
      command('Follow the system', 'theme-system'),
      command('Light', 'theme-light'),
      command('Dark', 'theme-dark'),
    ],
  };

  const goMenu: MenuItemConstructorOptions = {
    label: 'Go',
    submenu: [
      command('Next worksheet', 'next-worksheet'),
      command('Previous worksheet', 'previous-worksheet'),
      { type: 'separator' },
      command('Run session (facilitator mode)', 'run-session'),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { label: 'Explore a sample engagement', click: () => sendCommand('open-sample') },
      { type: 'separator' },
      command('Keyboard shortcuts', 'show-shortcuts'),
    ],
  };

  return [
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    fileMenu,
    editMenu,
    viewMenu(isDevelopment, [themeMenu]),
    goMenu,
    { role: 'windowMenu' },
    helpMenu,
  ];
}
