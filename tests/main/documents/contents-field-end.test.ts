import type { Document } from 'docx';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentsPageNumbers } from '../../../main/documents/contents-page-numbers';
import { buildMarketingPlanDocument } from '../../../main/documents/marketing-plan-document';
import { pageFonts } from '../../../main/documents/page-fonts';
import { readAndCheckEngagementFile } from '../../../main/engagement-file/check-engagement-file';
import { marketingPlanRecordsOfFile } from '../../../shared/documents/engagement-file-records';
import { toMarketingPlanSnapshot } from '../../../shared/documents/to-marketing-plan-snapshot';
import { acmeRecords } from '../../shared/documents/fixtures/engagement-records';
import { documentXml, paragraphs } from './document-xml';
import { isoDates, plainLook } from './document-look-fixture';
import { allChartStandIns } from './drawn-chart-stand-ins';

const fonts = pageFonts();

/** The paragraphs of the contents (the content of the one content control), as XML. */
function contentsXml(xml: string): string {
  const contents = /<w:sdtContent>([\s\S]*?)<\/w:sdtContent>/.exec(xml);
  if (!contents) throw new Error('The document has no contents.');
  return contents[1] as string;
}

/** The page each chapter or part starts on, as the contents give it, by its title. */
function contentsPages(xml: string): Map<string, number> {
  return new Map(
    paragraphs(contentsXml(xml)).map(({ text }) => {
      const [, title, page] = /^(.*?)(\d+)$/.exec(text) ?? [];
      return [title ?? text, Number(page)];
    }),
  );
}

/**
 * The sample engagement's whole working plan, dates written ISO: its contents fill page 2 down to
 * the foot, with no room left for a line under them.
 */
async function sampleWorkingPlan(): Promise<Document> {
  const checked = await readAndCheckEngagementFile(
    join(import.meta.dirname, '../../../samples/halvorsen-cold-chain.sessionstudio'),
  );
  if (!checked.ok) throw new Error(checked.problems.join('\n'));
  const snapshot = toMarketingPlanSnapshot(marketingPlanRecordsOfFile(checked.file), {
    preparedOn: '2026-12-01',
    charts: [],
  });
  return buildMarketingPlanDocument(
    snapshot,
    allChartStandIns(),
    plainLook(snapshot.engagement, isoDates),
    { fonts },
  );
}

describe("the marketing plan's contents", () => {
  it('end their field on their last entry, leaving no paragraph without an entry in them', async () => {
    const snapshot = toMarketingPlanSnapshot(acmeRecords(), {
      preparedOn: '2026-12-01',
      charts: [],
    });
    const xml = await documentXml(
      buildMarketingPlanDocument(
        snapshot,
        allChartStandIns(),
        plainLook(snapshot.engagement, isoDates),
      ),
    );
    const entries = contentsXml(xml).match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];

    expect(entries.length).toBeGreaterThan(10);
    expect(paragraphs(contentsXml(xml)).filter(({ text }) => text.trim() === '')).toEqual([]);
    expect(paragraphs(entries.at(-1) as string)[0]?.text).toMatch(/^Action items\d+$/);
    expect(entries.at(-1)).toMatch(/w:fldCharType="end"\/><\/w:r><\/w:p>$/);
    // The paragraph that ends the contents' section follows a paragraph: it takes no room.
    expect(xml).toMatch(/<\/w:p><\/w:sdtContent><\/w:sdt><w:p><w:pPr>(<[^>]+>)*?<w:sectPr>/);
  });

  it('start the first chapter on the next page when they fill theirs to the foot', async () => {
    const plan = await sampleWorkingPlan();
    // Written with docx's own ending of the contents, a paragraph of their own, they would not.
    const asDocxEndsThem = await sampleWorkingPlan();
    (
      asDocxEndsThem as unknown as { Document: { View: { Body: { pageNumbers: unknown } } } }
    ).Document.View.Body.pageNumbers = contentsPageNumbers(fonts);
    expect(contentsPages(await documentXml(asDocxEndsThem)).get('Executive summary')).toBe(4);

    const pages = contentsPages(await documentXml(plan));
    expect(pages.get('Executive summary')).toBe(3);
    expect(pages.get('Refined objectives')).toBe(3);
  });
});
