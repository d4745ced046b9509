import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleEngagementFileName } from '../../shared/samples/sample-files';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Where the files that ship with the app (the sample engagement, the templates) are: in a packaged
 * app, `samples` beside app.asar (electron-builder's extraResources copies samples/ there); from
 * the sources or the built main (out/main and its chunks), the project's samples/ a few folders up.
 * Null when neither holds the sample engagement.
 */
export function defaultSamplesFolder(
  resourcesPath = (process as { resourcesPath?: string }).resourcesPath,
  startFolder = here,
): string | null {
  const candidates: string[] = [];
  if (resourcesPath) candidates.push(join(resourcesPath, 'samples'));
  for (let folder = startFolder, level = 0; level < 5; level += 1, folder = dirname(folder))
    candidates.push(join(folder, 'samples'));
  return candidates.find((folder) => existsSync(join(folder, sampleEngagementFileName))) ?? null;
}
