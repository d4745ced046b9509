import { mkdir } from 'node:fs/promises';
import type { AppSettings, AppSettingsPatch } from '../../shared/settings/app-settings';
import { logoFileFilters, readLogoFile } from '../branding/read-logo-file';
import { describeFileError } from '../files/describe-file-error';
import type { HandlerPlatform } from '../ipc/create-handlers';
import { UserFacingError, type IpcHandlers } from '../ipc/dispatch';
import { readSettingsFile, settingsFilePath, writeSettingsFile } from './settings-file';

type SettingsHandlers = Pick<
  IpcHandlers,
  'getSettings' | 'updateSettings' | 'chooseFirmLogo' | 'removeFirmLogo' | 'chooseClientLogo'
>;

/**
 * The consultant's settings (firm, name, logo, date style) and the choosing of logos. Changes are
 * made one after the other, each reading what the one before wrote, so quick edits of two fields
 * never undo each other.
 */
export function createSettingsHandlers(
  platform: HandlerPlatform,
  writeFile: (filePath: string, data: Uint8Array) => Promise<void>,
): SettingsHandlers {
  const folder = () => platform.appInfo().userDataPath;
  let queue: Promise<unknown> = Promise.resolve();

  function change(edit: (current: AppSettings) => AppSettings): Promise<AppSettings> {
    const next = queue.then(async () => {
      const updated = edit(await readSettingsFile(folder()));
      try {
        await mkdir(folder(), { recursive: true });
        await writeSettingsFile(folder(), updated, writeFile);
      } catch (error) {
        throw new UserFacingError(describeFileError(error, settingsFilePath(folder())));
      }
      return updated;
    });
    queue = next.catch(() => undefined);
    return next;
  }

  async function chooseLogo(title: string) {
    if (!platform.chooseOpenPath)
      throw new UserFacingError('Choosing a file is not available here.');
    const filePath = await platform.chooseOpenPath({ title, filters: logoFileFilters });
    return filePath === null ? null : readLogoFile(filePath);
  }

  return {
    getSettings: () => readSettingsFile(folder()),
    updateSettings: (patch: AppSettingsPatch) => change((current) => ({ ...current, ...patch })),
    async chooseFirmLogo() {
      const logo = await chooseLogo('Choose your firm’s logo');
      if (logo === null) return { status: 'cancelled' };
      return {
        status: 'chosen',
        settings: await change((current) => ({ ...current, firmLogo: logo })),
      };
    },
    removeFirmLogo: () => change((current) => ({ ...current, firmLogo: null })),
    async chooseClientLogo() {
      const logo = await chooseLogo('Choose the client’s logo');
      return logo === null ? { status: 'cancelled' } : { status: 'chosen', logo };
    },
  };
}
