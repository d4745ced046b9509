import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../main/shell/menu';

const itemsOf = (menu: MenuItemConstructorOptions | undefined) =>
  (menu?.submenu ?? []) as MenuItemConstructorOptions[];

function click(item: MenuItemConstructorOptions | undefined) {
  (item?.click as (() => void) | undefined)?.();
}

describe('application menu', () => {
  it('has File, then the standard Edit, View and Window menus, then Help', () => {
    const template = buildMenuTemplate(() => undefined, false);
    expect(template.map((menu) => menu.label ?? menu.role)).toEqual([
      'File',
      'editMenu',
      'View',
      'windowMenu',
      'help',
    ]);
  });

  it('opens the sample engagement from the Help menu', () => {
    const send = vi.fn();
    const help = itemsOf(buildMenuTemplate(send, false).at(-1));
    click(help.find((item) => item.label === 'Explore a sample engagement'));
    expect(send.mock.calls).toEqual([['open-sample']]);
  });

  it('sends New engagement and Export to the window, with the usual shortcuts', () => {
    const send = vi.fn();
    const file = itemsOf(buildMenuTemplate(send, false)[0]);
    const newEngagement = file.find((item) => item.label === 'New engagement…');
    const exportItem = file.find((item) => item.label === 'Export…');
    expect(newEngagement?.accelerator).toBe('CmdOrCtrl+N');
    expect(exportItem?.accelerator).toBe('CmdOrCtrl+E');
    click(newEngagement);
    click(exportItem);
    expect(send.mock.calls).toEqual([['new-engagement'], ['export-document']]);
  });

  it('ends File with Quit on Windows and Linux', () => {
    const file = itemsOf(buildMenuTemplate(() => undefined, false)[0]);
    expect(file.at(-1)?.role).toBe('quit');
  });

  it('adds the app menu on macOS, where File ends with Close', () => {
    const template = buildMenuTemplate(() => undefined, true);
    expect(template[0]?.role).toBe('appMenu');
    expect(itemsOf(template[1]).at(-1)?.role).toBe('close');
    expect(template.slice(2).map((menu) => menu.label ?? menu.role)).toEqual([
      'editMenu',
      'View',
      'windowMenu',
      'help',
    ]);
  });

  const viewRoles = (isDevelopment: boolean) =>
    itemsOf(
      buildMenuTemplate(() => undefined, false, isDevelopment).find((m) => m.label === 'View'),
    ).map((item) => item.role ?? item.type);

  it('has no Reload and no developer tools in the packaged app', () => {
    const roles = viewRoles(false);
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen']);
  });

  it('keeps Reload and the developer tools while developing', () => {
    expect(viewRoles(true).slice(0, 3)).toEqual(['reload', 'forceReload', 'toggleDevTools']);
  });

  it('builds the packaged app’s menu when it is not told otherwise', () => {
    const view = buildMenuTemplate(() => undefined, false).find((m) => m.label === 'View');
    expect(itemsOf(view).map((item) => item.role)).not.toContain('toggleDevTools');
  });
});
