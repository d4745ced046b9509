import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartFontFiles, defaultChartFontFolder } from '../../../../main/charts/font-folder';
import type { RunFormat } from '../../../../main/documents/page-estimate/document-format';
import { readFontMetrics } from '../../../../main/documents/page-estimate/font-metrics';
import {
  layoutWidths,
  libraryCharacterWidth,
  measureWithLibrary,
} from '../../../../main/documents/page-estimate/library-widths';
import { missingGlyphWidthTable } from '../../../../main/documents/page-estimate/missing-glyph-width-table';
import { missingGlyphWidth } from '../../../../main/documents/page-estimate/missing-glyph-widths';
import {
  isHalfWidth,
  isWide,
  takesNoRoom,
} from '../../../../main/documents/page-estimate/paragraph-lines';

const regenerate = 'run build/page-widths/write-missing-glyph-widths.ts again';
const files = chartFontFiles(defaultChartFontFolder());
const regular = readFontMetrics(
  readFileSync(files.find((file) => basename(file) === 'LiberationSans-Regular.ttf') as string),
);

/** Characters of many scripts the shipped fonts lack, Arabic, Devanagari and Thai whole. */
function charactersWithoutGlyphs(): string[] {
  const characters: string[] = [];
  for (let code = 0x80; code <= 0x1f2ff; code += 1) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const character = String.fromCodePoint(code);
    if (takesNoRoom.test(character) || isWide(code) || isHalfWidth(code)) continue;
    if (regular.advance(code) !== undefined) continue;
    const wanted =
      (code >= 0x600 && code <= 0x6ff) ||
      (code >= 0x900 && code <= 0x97f) ||
      (code >= 0xe00 && code <= 0xe7f) ||
      code % 151 === 0;
    if (wanted) characters.push(character);
  }
  return characters;
}

describe('the widths of characters the shipped fonts lack', () => {
  it('were written from the fonts and the docx now installed', () => {
    const digests = Object.fromEntries(
      files.map((file) => [
        basename(file),
        createHash('sha256').update(readFileSync(file)).digest('hex'),
      ]),
    );
    expect(digests, regenerate).toEqual(missingGlyphWidthTable.fonts);
    const docx = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../../node_modules/docx/package.json'), 'utf8'),
    ) as { version: string };
    expect(docx.version, regenerate).toBe(missingGlyphWidthTable.docx);
  });

  for (const [bold, italic] of [
    [false, false],
    [true, false],
    [false, true],
    [true, true],
  ] as const)
    it(`are docx/layout's own in Liberation Sans${bold ? ' bold' : ''}${italic ? ' italic' : ''}`, () => {
      const format: RunFormat = { font: 'Liberation Sans', size: 11, bold, italic };
      const characters = charactersWithoutGlyphs();
      expect(characters.length).toBeGreaterThan(500);
      const expected = layoutWidths(characters.map((character) => ({ character, format })));
      const tabled = characters.map((character) =>
        missingGlyphWidth(character.codePointAt(0) as number, format),
      );
      tabled.forEach((width, index) =>
        expect(
          width,
          `${characters[index]} (U+${characters[index]?.codePointAt(0)?.toString(16)})`,
        ).toBeCloseTo(expected[index] as number, 6),
      );
    }, 120_000);

  it('leave a font the table does not hold to docx/layout, measured all the same', () => {
    const format: RunFormat = { font: 'Georgia', size: 12, bold: false, italic: false };
    expect(missingGlyphWidth(0x628, format)).toBeUndefined();
    measureWithLibrary([{ character: 'ب', format }]);
    const [expected] = layoutWidths([{ character: 'ب', format }]);
    expect(libraryCharacterWidth('ب', format)).toBeCloseTo(expected as number, 9);
    expect(libraryCharacterWidth('ب', format)).toBeGreaterThan(0);
  });

  it('give nothing past the characters the table covers', () => {
    const format: RunFormat = { font: 'Liberation Sans', size: 11, bold: false, italic: false };
    expect(missingGlyphWidth(0x1f600, format)).toBeUndefined();
    expect(missingGlyphWidth(0x20, format)).toBeUndefined();
  });
});
