import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { chartFontFiles, defaultChartFontFolder } from '../../main/charts/font-folder';
import type { RunFormat } from '../../main/documents/page-estimate/document-format';
import { readFontMetrics } from '../../main/documents/page-estimate/font-metrics';
import { layoutWidths } from '../../main/documents/page-estimate/library-widths';
import type { MissingGlyphFace } from '../../main/documents/page-estimate/missing-glyph-widths';
import {
  isHalfWidth,
  isWide,
  takesNoRoom,
} from '../../main/documents/page-estimate/paragraph-lines';

/**
 * Writes main/documents/page-estimate/missing-glyph-width-table.ts: for each face of the shipped
 * fonts (build/fonts), upright and italic as the page estimate picks their files, how wide
 * docx/layout measures every character the file has no glyph for, alone, so the contents' page
 * numbers need not load docx/layout for them. Run it again when the fonts or docx change (a
 * test says when):
 *
 *   node --import tsx build/page-widths/write-missing-glyph-widths.ts
 */

/** From the first character past ASCII to the last before the wide ones (emoji and beyond). */
const from = 0x80;
const to = 0x1f2ff;
/** Measured at this size, and checked at the others: the widths scale with the size. */
const size = 10;
const checkSizes = [7.5, 11, 16];
const chunk = 4000;

const tablePath = join(
  import.meta.dirname,
  '../../main/documents/page-estimate/missing-glyph-width-table.ts',
);
const docxVersion = (
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../node_modules/docx/package.json'), 'utf8'),
  ) as { version: string }
).version;

function measured(characters: string[], format: RunFormat): number[] {
  const widths: number[] = [];
  for (let at = 0; at < characters.length; at += chunk)
    widths.push(
      ...layoutWidths(characters.slice(at, at + chunk).map((character) => ({ character, format }))),
    );
  return widths;
}

/** Thousandths of an em, to a millionth: exact for docx/layout's tables. */
const thousandths = (points: number, at: number) => Math.round((points / at) * 1e9) / 1e6;

function faceTable(
  font: string,
  bold: boolean,
  italic: boolean,
  hasGlyph: (code: number) => boolean,
): MissingGlyphFace {
  const codes: number[] = [];
  for (let code = from; code <= to; code += 1) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const character = String.fromCodePoint(code);
    if (takesNoRoom.test(character) || isWide(code) || isHalfWidth(code) || hasGlyph(code))
      continue;
    codes.push(code);
  }
  const characters = codes.map((code) => String.fromCodePoint(code));
  const widths = measured(characters, { font, size, bold, italic }).map((width) =>
    thousandths(width, size),
  );
  for (const checkSize of checkSizes) {
    const sample = characters.filter((_, index) => index % 97 === 0);
    measured(sample, { font, size: checkSize, bold, italic }).forEach((width, index) => {
      const expected = widths[index * 97] as number;
      if (Math.abs(thousandths(width, checkSize) - expected) > 1e-4)
        throw new Error(
          `${font} ${String.fromCodePoint(codes[index * 97] as number)} at ${checkSize} pt is not its width at ${size} pt scaled.`,
        );
    });
  }
  const counts = new Map<number, number>();
  for (const width of widths) counts.set(width, (counts.get(width) ?? 0) + 1);
  const other = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const entries: string[] = [];
  for (let index = 0; index < codes.length;) {
    const width = widths[index] as number;
    let end = index;
    while (
      end + 1 < codes.length &&
      codes[end + 1] === (codes[end] as number) + 1 &&
      widths[end + 1] === width
    )
      end += 1;
    if (width !== other) {
      const start = (codes[index] as number).toString(16);
      entries.push(
        end === index
          ? `${start}:${width}`
          : `${start}-${(codes[end] as number).toString(16)}:${width}`,
      );
    }
    index = end + 1;
  }
  console.log(
    `${font}${bold ? ' bold' : ''}${italic ? ' italic' : ''}: ${codes.length} characters without a glyph, ${entries.length} entries.`,
  );
  return { font, bold, italic, other, widths: entries.join(' ') };
}

const files = chartFontFiles(defaultChartFontFolder());
const faces = files.map((file) => readFontMetrics(readFileSync(file)));
const tables: MissingGlyphFace[] = [];
for (const upright of faces.filter((face) => !face.italic))
  for (const italic of [false, true]) {
    // The file the page estimate measures the face with: its own, or the upright one for italic.
    const file =
      faces.find(
        (face) =>
          face.name === upright.name && face.bold === upright.bold && face.italic === italic,
      ) ?? upright;
    if (italic && file !== upright) continue;
    tables.push(
      faceTable(upright.name, upright.bold, italic, (code) => file.advance(code) !== undefined),
    );
  }
for (const face of faces.filter((face) => face.italic))
  tables.push(faceTable(face.name, face.bold, true, (code) => face.advance(code) !== undefined));

const fontDigests = Object.fromEntries(
  files.map((file) => [
    basename(file),
    createHash('sha256').update(readFileSync(file)).digest('hex'),
  ]),
);

const table = `// Written by build/page-widths/write-missing-glyph-widths.ts: do not edit.
import type { MissingGlyphWidthTable } from './missing-glyph-widths';

/**
 * How wide docx/layout ${docxVersion} measures each character, alone, that the shipped font files
 * have no glyph for, from U+${from.toString(16).toUpperCase()} to U+${to.toString(16).toUpperCase()} (past it every character is wide), but for marks,
 * wide and half-width characters, which the page estimate measures itself.
 */
export const missingGlyphWidthTable: MissingGlyphWidthTable = ${JSON.stringify({ docx: docxVersion, fonts: fontDigests, from, to, faces: tables })};
`;
writeFileSync(
  tablePath,
  await format(table, { ...(await resolveConfig(tablePath)), filepath: tablePath }),
);
console.log(`Wrote ${tablePath}.`);
