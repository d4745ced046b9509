import {
  Bookmark,
  Document,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type EstimatedPageNumbers,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { contentsPageNumbers } from '../../../main/documents/contents-page-numbers';
import { documentProperties } from '../../../main/documents/document-properties';
import { pageFonts } from '../../../main/documents/page-fonts';
import { pageSection } from '../../../main/documents/page-layout';
import { documentXml } from './document-xml';
import { plainLook } from './document-look-fixture';

const fonts = pageFonts();
const look = plainLook({ clientName: 'Acme Robotics', consultantName: '', firmName: '' });

const bookmarked = (id: string, text: string) =>
  new Paragraph({ children: [new Bookmark({ id, children: [new TextRun(text)] })] });

/**
 * The pages Word sets a document on (as the contents' page estimate lays it out) whose first
 * section is a line with `space` points under it and a table of `rows` rows, the last bookmarked
 * "last-row", and whose second starts with a line bookmarked "next".
 */
async function pagesOf(space: number, rows = 51): Promise<EstimatedPageNumbers> {
  let estimated: EstimatedPageNumbers | undefined;
  const estimate = contentsPageNumbers(fonts);
  const table = new Table({
    rows: Array.from(
      { length: rows },
      (_, row) =>
        new TableRow({
          children: [
            new TableCell({
              children: [
                row === rows - 1
                  ? bookmarked('last-row', `Row ${row + 1}`)
                  : new Paragraph(`Row ${row + 1}`),
              ],
            }),
          ],
        }),
    ),
  });
  await documentXml(
    new Document({
      ...documentProperties(look, { kind: 'Test', subject: 'Tables', description: 'Test' }),
      pageNumbers: (body, context) => (estimated = estimate(body, context)),
      sections: [
        pageSection(
          'portrait',
          [
            new Paragraph({ spacing: { after: space * 20 }, children: [new TextRun('Above')] }),
            table,
          ],
          look,
        ),
        pageSection('portrait', [bookmarked('next', 'Next section')], look),
      ],
    }),
  );
  if (!estimated) throw new Error('The document was written without its page numbers.');
  return estimated;
}

const pageOf = (pages: EstimatedPageNumbers, bookmark: string) =>
  Number(pages.bookmarks.get(bookmark));

describe('a section that ends with a table', () => {
  it('goes on with the next section on the next page when the table ends just above the foot', async () => {
    // The table's last row on page 1 with between 2 and 7 points left under it: room for a line of
    // one point, not for a line of the body text (12.6 points).
    let space: number | undefined;
    const lastRowPage = new Map<number, number>();
    const lastRowAt = async (points: number) => {
      if (!lastRowPage.has(points))
        lastRowPage.set(points, pageOf(await pagesOf(points), 'last-row'));
      return lastRowPage.get(points);
    };
    for (let points = 0; points <= 20 && space === undefined; points += 1)
      if ((await lastRowAt(points + 2)) === 1 && (await lastRowAt(points + 7)) === 2)
        space = points;
    if (space === undefined)
      throw new Error(
        `No table of 51 rows ends just above the foot of page 1: ${JSON.stringify([...lastRowPage])}`,
      );

    const pages = await pagesOf(space);
    expect(pageOf(pages, 'last-row')).toBe(1);
    expect(pageOf(pages, 'next')).toBe(2);
    expect(pages.pageCount).toBe(2);
  });
});
