import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chartFontFileNames,
  chartFontFiles,
  defaultChartFontFolder,
} from '../../../main/charts/font-folder';

const projectFonts = resolve(import.meta.dirname, '../../../build/fonts');

function folderWithFonts(): string {
  const folder = mkdtempSync(join(tmpdir(), 'chart-fonts-'));
  for (const name of chartFontFileNames) cpSync(join(projectFonts, name), join(folder, name));
  return folder;
}

describe('finding the chart fonts', () => {
  it('ships Liberation Sans regular and bold with its licence', () => {
    expect(chartFontFiles(projectFonts).map((file) => file.slice(projectFonts.length + 1))).toEqual(
      ['LiberationSans-Bold.ttf', 'LiberationSans-Regular.ttf'],
    );
  });

  it('finds build/fonts from the sources', () => {
    expect(defaultChartFontFolder(undefined)).toBe(projectFonts);
  });

  it('finds build/fonts from the built main and its chunks', () => {
    const chunks = resolve(import.meta.dirname, '../../../out/main/chunks');
    expect(defaultChartFontFolder(undefined, chunks)).toBe(projectFonts);
  });

  it('prefers the fonts a packaged app carries in its resources', () => {
    const resources = mkdtempSync(join(tmpdir(), 'resources-'));
    mkdirSync(join(resources, 'fonts'));
    cpSync(folderWithFonts(), join(resources, 'fonts'), { recursive: true });
    const insideAsar = join(resources, 'app.asar', 'out', 'main');
    expect(defaultChartFontFolder(resources, insideAsar)).toBe(join(resources, 'fonts'));
  });

  it('says where it looked when the fonts are nowhere', () => {
    const nowhere = mkdtempSync(join(tmpdir(), 'no-fonts-'));
    expect(() => defaultChartFontFolder(nowhere, join(nowhere, 'app.asar', 'out', 'main'))).toThrow(
      /chart fonts .* were not found; looked in: .*no-fonts-/,
    );
  });
});
