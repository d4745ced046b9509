import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../main/shell/menu';
import { shortcutCatalog } from '../../../shared/shortcuts/shortcut-catalog';

const itemsOf = (menu: MenuItemConstructorOptions | undefined) =>
  (menu?.submenu ?? []) as MenuItemConstructorOptions[];

function click(item: MenuItemConstructorOptions | undefined) {
  (item?.click as (() => void) | undefined)?.();
}

const menuNamed = (template: MenuItemConstructorOptions[], name: string) =>
  template.find((menu) => (menu.label ?? menu.role) === name);

/** Every item of a menu and its submenus. */
function allItems(menus: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return menus.flatMap((menu) => [menu, ...allItems(itemsOf(menu))]);
}

describe('application menu', () => {
  it('has File, Edit, View, Go, Window and Help', () => {
    const template = buildMenuTemplate(() => undefined, false);
    expect(template.map((menu) => menu.label ?? menu.role)).toEqual([
      'File',
      'Edit',
      'View',
      'Go',
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

  it('shows every platform shortcut in a menu, answered by the window rather than registered', () => {
    for (const isMac of [false, true]) {
      const send = vi.fn();
      const items = allItems(buildMenuTemplate(send, isMac));
      for (const shortcut of shortcutCatalog) {
        const item = items.find((candidate) => {
          send.mockClear();
          click(candidate);
          return send.mock.calls[0]?.[0] === shortcut.command;
        });
        expect(item, shortcut.command).toBeDefined();
        expect(item?.accelerator).toBe(((isMac && shortcut.macKeys) || shortcut.keys)[0]);
        expect(item?.registerAccelerator).toBe(false);
      }
    }
  });

  it('keeps the editing roles, with Undo and Redo going to the window', () => {
    const send = vi.fn();
    const edit = itemsOf(menuNamed(buildMenuTemplate(send, false), 'Edit'));
    expect(edit.map((item) => item.role).filter(Boolean)).toEqual([
      'cut',
      'copy',
      'paste',
      'delete',
      'selectAll',
    ]);
    click(edit.find((item) => item.label === 'Undo'));
    click(edit.find((item) => item.label === 'Redo'));
    expect(send.mock.calls).toEqual([['undo-removal'], ['redo-removal']]);
  });

  it('lists recent engagements under File › Open Recent and opens the one chosen', () => {
    const open = vi.fn();
    const file = itemsOf(
      buildMenuTemplate(() => undefined, false, false, {
        recentEngagements: [
          { id: 'e1', label: 'Acme Robotics — FY27 growth plan' },
          { id: 'e2', label: 'Borealis — Brand refresh' },
        ],
        openEngagement: open,
      })[0],
    );
    const recent = itemsOf(file.find((item) => item.label === 'Open Recent'));
    expect(recent.map((item) => item.label)).toEqual([
      'Acme Robotics — FY27 growth plan',
      'Borealis — Brand refresh',
    ]);
    click(recent[1]);
    expect(open).toHaveBeenCalledWith('e2');
  });

  it('says there is nothing recent rather than showing an empty submenu', () => {
    const file = itemsOf(buildMenuTemplate(() => undefined, false)[0]);
    const recent = itemsOf(file.find((item) => item.label === 'Open Recent'));
    expect(recent).toEqual([{ label: 'No recent engagements', enabled: false }]);
  });

  it('ends File with Quit on Windows and Linux', () => {
    const file = itemsOf(buildMenuTemplate(() => undefined, false)[0]);
    expect(file.at(-1)?.role).toBe('quit');
  });

  it('adds the app menu on macOS, where File ends with Close', () => {
    const template = buildMenuTemplate(() => undefined, true);
    expect(template[0]?.role).toBe('appMenu');
    expect(itemsOf(template[1]).at(-1)?.role).toBe('close');
    expect(itemsOf(menuNamed(template, 'Edit')).map((item) => item.role)).toContain(
      'pasteAndMatchStyle',
    );
  });

  const viewRoles = (isDevelopment: boolean) =>
    itemsOf(
      buildMenuTemplate(() => undefined, false, isDevelopment).find((m) => m.label === 'View'),
    )
      // The theme comes first; then what the platform offers.
      .slice(2)
      .map((item) => item.role ?? item.type);

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

  it('offers the theme first in View', () => {
    const send = vi.fn();
    const view = itemsOf(menuNamed(buildMenuTemplate(send, false), 'View'));
    expect(view[0]?.label).toBe('Theme');
    expect(itemsOf(view[0]).map((item) => item.label)).toEqual([
      'Follow the system',
      'Light',
      'Dark',
    ]);
    itemsOf(view[0]).forEach(click);
    expect(send.mock.calls).toEqual([['theme-system'], ['theme-light'], ['theme-dark']]);
  });

  it('builds the packaged app’s menu when it is not told otherwise', () => {
    const view = buildMenuTemplate(() => undefined, false).find((m) => m.label === 'View');
    expect(itemsOf(view).map((item) => item.role)).not.toContain('toggleDevTools');
  });
});
