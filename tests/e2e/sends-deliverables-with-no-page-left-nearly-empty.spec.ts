import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentVersion } from '../../shared/domain/document-choices';
import { nearlyEmptyPages, pageFills } from './harness/page-fill';
import { homeWithDateStyle, sampleDeliverables } from './harness/sample-deliverables';
import { convertToPdf, readWordDocument } from './harness/word-readers';

/**
 * The pages of a deliverable, as LibreOffice prints it, that hold less than a quarter of a page
 * of what runs on from the page before (a table's last rows, a list's last bullets) without a
 * heading of their own: "a page holding only four bullets". The contents' title starts a page.
 */
async function remnantPages(docx: string): Promise<string[]> {
  const { headings } = await readWordDocument(docx);
  const fills = await pageFills(await convertToPdf(docx));
  return nearlyEmptyPages(fills, ['Contents', ...headings.map((heading) => heading.text)]).map(
    ({ page, fill, lines }) =>
      `page ${page} of ${fills.length}, ${Math.round(fill * 100)} % full: ${lines.join(' / ')}`,
  );
}

for (const dateStyle of ['day-month-year', 'iso'] as const)
  test(`sends the sample's plan, agenda and summary with no page holding only the end of the page before, dates written ${dateStyle}`, async () => {
    test.setTimeout(600_000);
    const home = homeWithDateStyle(dateStyle);
    const folder = mkdtempSync(join(tmpdir(), 'session-studio-pages-'));
    for (const version of ['client', 'working'] satisfies DocumentVersion[])
      for (const docx of await sampleDeliverables(home, folder, version))
        expect(await remnantPages(docx), `${docx}, dates ${dateStyle}`).toEqual([]);
  });
