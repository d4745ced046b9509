import type { TableBlock } from './layout-blocks';
import { widestWord, type FaceOf } from './paragraph-lines';

/**
 * The width each column's text is laid out in, as Word sizes a table whose cells all have
 * widths and which is as wide as its text area: the grid's, unless a word is wider than its
 * cell. Then that column widens to the word, and all are narrowed back to the table's width,
 * each toward its own widest word by its share of the width they give up (docx/layout's
 * fitColumns, from Word's PDFs).
 */
export function columnTextWidths(
  table: TableBlock,
  textWidth: number,
  faceOf: FaceOf,
  figures: number,
): number[] {
  const margins = 2 * table.margin;
  const least = table.columns.map(() => 0);
  for (const row of table.rows)
    for (const cell of row.cells)
      for (const paragraph of cell.paragraphs)
        least[cell.column] = Math.max(
          least[cell.column] ?? 0,
          widestWord(paragraph, faceOf, figures) + margins,
        );
  const tooLong = table.columns.some((width, column) => (least[column] ?? 0) > width);
  if (!tooLong) return table.columns.map((width) => width - margins);
  const widths = table.columns.map((width, column) => Math.max(width, least[column] ?? 0));
  const room = textWidth - table.sideBorders;
  const total = widths.reduce((sum, width) => sum + width, 0);
  const minimum = least.reduce((sum, width) => sum + width, 0);
  const fitted =
    total <= room
      ? widths.map((width) => (width * room) / total)
      : widths.map((width, column) => {
          const min = least[column] ?? 0;
          return minimum >= room
            ? min
            : min + ((width - min) * (room - minimum)) / (total - minimum);
        });
  return fitted.map((width) => width - margins);
}
