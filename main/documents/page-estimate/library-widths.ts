import { Document, Paragraph, TextRun } from 'docx';
import { layoutDocument } from 'docx/layout';
import type { RunFormat } from './document-format';
import { NotEstimated } from './formatted-xml';

const pixelsPerPoint = 96 / 72;
const widths = new Map<string, number>();
const keyOf = (character: string, format: RunFormat) =>
  `${character}|${format.font}|${format.size}|${format.bold}|${format.italic}`;

/**
 * Asks docx/layout how wide it measures characters the font files have no glyph for (an Arabic
 * name in Liberation Sans): from its own width tables, one character at a time, as its estimate
 * does. One layout of a small document, a line per character, for all a document needs.
 */
export function measureWithLibrary(
  characters: readonly { character: string; format: RunFormat }[],
) {
  const asked = characters.filter(({ character, format }) => !widths.has(keyOf(character, format)));
  if (asked.length === 0) return;
  const document = new Document({
    sections: [
      {
        children: asked.map(
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
  const lines = layoutDocument(document, { guess: true }).pages.flatMap((page) =>
    page.body.flatMap((block) => (block.type === 'paragraph' ? block.lines : [])),
  );
  if (lines.length !== asked.length)
    throw new NotEstimated('characters docx/layout does not measure');
  asked.forEach(({ character, format }, index) =>
    widths.set(keyOf(character, format), (lines[index]?.textWidth ?? 0) / pixelsPerPoint),
  );
}

/** The width docx/layout gives a character (see measureWithLibrary), in points. */
export function libraryCharacterWidth(character: string, format: RunFormat): number {
  const width = widths.get(keyOf(character, format));
  if (width === undefined) throw new NotEstimated('a character not measured beforehand');
  return width;
}
