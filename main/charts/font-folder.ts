import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The font the charts are drawn in, shipped with the app (build/fonts) so every machine draws alike. */
export const chartFontFileNames = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf'];

const here = dirname(fileURLToPath(import.meta.url));

function holdsChartFonts(folder: string): boolean {
  return chartFontFileNames.every((name) => existsSync(join(folder, name)));
}

/**
 * Where the chart fonts are: in a packaged app, `fonts` beside app.asar (electron-builder's
 * extraResources copies build/fonts there); from the sources or the built main (out/main and its
 * chunks), the project's build/fonts a few folders up.
 */
export function defaultChartFontFolder(
  resourcesPath = (process as { resourcesPath?: string }).resourcesPath,
  startFolder = here,
): string {
  const candidates: string[] = [];
  if (resourcesPath) candidates.push(join(resourcesPath, 'fonts'));
  for (let folder = startFolder, level = 0; level < 5; level += 1, folder = dirname(folder))
    candidates.push(join(folder, 'build', 'fonts'));
  const found = candidates.find(holdsChartFonts);
  if (!found)
    throw new Error(
      `The chart fonts (${chartFontFileNames.join(', ')}) were not found; looked in: ${candidates.join(', ')}.`,
    );
  return found;
}

/** Every font file in the folder; refuses a folder without the chart fonts, since text would vanish. */
export function chartFontFiles(folder: string): string[] {
  if (!holdsChartFonts(folder))
    throw new Error(
      `The chart fonts (${chartFontFileNames.join(', ')}) are missing from ${folder}; without them the charts' text would not be drawn.`,
    );
  return readdirSync(folder)
    .filter((name) => /\.(ttf|otf)$/i.test(name))
    .sort()
    .map((name) => join(folder, name));
}
