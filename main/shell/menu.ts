import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/channels';
import { viewMenu } from './view-menu';

/** The application menu: the standard roles plus the app's own commands. */
export function buildMenuTemplate(
  sendCommand: (command: MenuCommand) => void,
  isMac: boolean,
  isDevelopment = false,
): MenuItemConstructorOptions[] {
  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      {
        label: 'New engagement…',
        accelerator: 'CmdOrCtrl+N',
        click: () => sendCommand('new-engagement'),
      },
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => sendCommand('export-document') },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ label: 'Explore a sample engagement', click: () => sendCommand('open-sample') }],
  };
  return [
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    fileMenu,
    { role: 'editMenu' },
    viewMenu(isDevelopment),
    { role: 'windowMenu' },
    helpMenu,
  ];
}
