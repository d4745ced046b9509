import { Menu, type BrowserWindow } from 'electron';
import { menuCommandChannel, type OpenEngagementMessage } from '../../shared/ipc/channels';
import type { RecentEngagement } from '../../shared/ipc/shell-schemas';
import { buildMenuTemplate } from './menu';

/** The application menu, sending its commands to the window and rebuilt as Open Recent changes. */
export function applicationMenu(
  getWindow: () => BrowserWindow | null,
  isMac: boolean,
  isDevelopment: boolean,
) {
  let recentEngagements: RecentEngagement[] = [];
  const send = (message: unknown) => getWindow()?.webContents.send(menuCommandChannel, message);
  const apply = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate(send, isMac, isDevelopment, {
          recentEngagements,
          openEngagement: (engagementId) =>
            send({ command: 'open-engagement', engagementId } satisfies OpenEngagementMessage),
        }),
      ),
    );
  return {
    apply,
    setRecentEngagements(engagements: RecentEngagement[]) {
      recentEngagements = engagements;
      apply();
    },
  };
}
