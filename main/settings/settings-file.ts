import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  appSettingsSchema,
  defaultAppSettings,
  type AppSettings,
} from '../../shared/settings/app-settings';
import { writeFileAtomic } from '../files/atomic-write';

/** The consultant's settings: one small JSON file in the user-data folder, beside the safety copy. */
export function settingsFilePath(userDataPath: string): string {
  return join(userDataPath, 'settings.json');
}

/**
 * The settings as stored; each one that is missing or unreadable falls back to its default on its
 * own, so a damaged file never loses the others (nor stops a document being made).
 */
export async function readSettingsFile(userDataPath: string): Promise<AppSettings> {
  let stored: unknown;
  try {
    stored = JSON.parse(await readFile(settingsFilePath(userDataPath), 'utf8'));
  } catch {
    return { ...defaultAppSettings };
  }
  const record = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
    string,
    unknown
  >;
  const settings: Record<string, unknown> = { ...defaultAppSettings };
  for (const key of Object.keys(defaultAppSettings) as (keyof AppSettings)[]) {
    const field = appSettingsSchema.shape[key].safeParse(record[key]);
    if (field.success) settings[key] = field.data;
  }
  return settings as AppSettings;
}

/** Writes the settings whole or not at all. */
export async function writeSettingsFile(
  userDataPath: string,
  settings: AppSettings,
  writeFile: (filePath: string, data: Uint8Array) => Promise<void> = writeFileAtomic,
): Promise<void> {
  const text = `${JSON.stringify(appSettingsSchema.parse(settings), null, 2)}\n`;
  await writeFile(settingsFilePath(userDataPath), new TextEncoder().encode(text));
}
