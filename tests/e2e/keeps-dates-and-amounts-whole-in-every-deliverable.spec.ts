import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentVersion } from '../../shared/domain/document-choices';
import { homeWithDateStyle, sampleDeliverables } from './harness/sample-deliverables';
import { convertToPdf, pdfPages, readWordDocument } from './harness/word-readers';

const month =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** What a reader must find on one line: dates, amounts, numbers with their units. */
const units = [
  new RegExp(`\\b\\d{1,2} ${month} \\d{4}\\b`, 'g'),
  /\b\d{4}-\d{2}-\d{2}\b/g,
  /(?:€|EUR |CHF )\d{1,3}(?:,\d{3})+|\b\d{1,3}(?:,\d{3})+ EUR\b/g,
  /\b\d+(?:\.\d+)? (?:customers|days|leads|points|weeks|min|%)(?![\p{L}])/gu,
];

const printed = (text: string) =>
  text.replaceAll('\u00A0', ' ').replaceAll('\u2011', '-').replaceAll('\u200B', '');

/** How often each unit occurs in the text. */
function unitCounts(lines: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines)
    for (const pattern of units)
      for (const match of printed(line).matchAll(pattern))
        counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  return counts;
}

/**
 * The units of the Word document that LibreOffice's PDF does not show whole on one line, as many
 * times as the document holds them: each such one broke across lines ("31 December / 2027").
 */
async function brokenUnits(docx: string): Promise<string[]> {
  const document = await readWordDocument(docx);
  const written = unitCounts(
    document.blocks.flatMap((block) =>
      block.kind === 'paragraph' ? [block.text] : block.rows.flat().flatMap((c) => c.split('\n')),
    ),
  );
  const pages = await pdfPages(await convertToPdf(docx));
  const shown = unitCounts(pages.flatMap((page) => page.split('\n')));
  expect(written.size, `${docx} holds dates and amounts to check`).toBeGreaterThan(0);
  return [...written].flatMap(([unit, count]) =>
    (shown.get(unit) ?? 0) < count ? [`${unit} (${count - (shown.get(unit) ?? 0)}×)`] : [],
  );
}

for (const dateStyle of ['day-month-year', 'iso'] as const)
  test(`no date, amount or number with its unit breaks across lines, dates written ${dateStyle}`, async () => {
    test.setTimeout(600_000);
    const home = homeWithDateStyle(dateStyle);
    const folder = mkdtempSync(join(tmpdir(), 'session-studio-units-'));
    for (const version of ['client', 'working'] satisfies DocumentVersion[])
      for (const docx of await sampleDeliverables(home, folder, version))
        expect(await brokenUnits(docx), `${docx}, dates ${dateStyle}`).toEqual([]);
  });
