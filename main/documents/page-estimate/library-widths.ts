import { Document, Paragraph, TextRun } from 'docx';
import type { RunFormat } from './document-format';
import { NotEstimated } from './formatted-xml';
import { loadDocxLayout } from './load-docx-layout';
import { missingGlyphWidth } from './missing-glyph-widths';

const pixelsPerPoint = 96 / 72;
const widths = new Map<string, number>();
const keyOf = (character: string, format: RunFormat) =>
  `${character}|${format.font}|${format.size}|${format.bold}|${format.italic}`;

/**
 * How wide docx/layout measures each character alone, in points, from its own width tables: one
 * layout of a small document, a line per character. The page estimate asks it for characters the
 * font files have no glyph for (an Arabic name in Liberation Sans), as its estimate does.
 */
export function layoutWidths(
  characters: readonly { character: string; format: RunFormat }[],
): number[] {
  const document = new Document({
    sections: [
      {
        children: characters.map(
          ({ character, format }) =>
            new Paragraph({
              children: [
                new TextRun({
                  text: character,
                  font: format.font,
                  size: format.size * 2,
                  bold: format.bold,
                  italics: format.italic,
                }),
              ],
            }),
        ),
      },
    ],
  });
  const lines = loadDocxLayout()
    .layoutDocument(document, { guess: true })
    .pages.flatMap((page) =>
      page.body.flatMap((block) => (block.type === 'paragraph' ? block.lines : [])),
    );
  if (lines.length !== characters.length)
    throw new NotEstimated('characters docx/layout does not measure');
  return lines.map((line) => line.textWidth / pixelsPerPoint);
}

/**
 * Gets the widths docx/layout gives the characters the font files have no glyph for, ready for
 * libraryCharacterWidth: from the checked-in table of them (missing-glyph-widths.ts) for the
 * shipped fonts, and from docx/layout itself, loaded only then, for any other.
 */
export function measureWithLibrary(
  characters: readonly { character: string; format: RunFormat }[],
) {
  const asked: { character: string; format: RunFormat }[] = [];
  for (const item of characters) {
    const key = keyOf(item.character, item.format);
    if (widths.has(key)) continue;
    const tabled = missingGlyphWidth(item.character.codePointAt(0) as number, item.format);
    if (tabled === undefined) asked.push(item);
    else widths.set(key, tabled);
  }
  if (asked.length === 0) return;
  layoutWidths(asked).forEach((width, index) => {
    const { character, format } = asked[index] as (typeof asked)[number];
    widths.set(keyOf(character, format), width);
  });
}

/** The width docx/layout gives a character (see measureWithLibrary), in points. */
export function libraryCharacterWidth(character: string, format: RunFormat): number {
  const width = widths.get(keyOf(character, format));
  if (width === undefined) throw new NotEstimated('a character not measured beforehand');
  return width;
}
