import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { engagementFileOfRecords } from '../shared/documents/fixtures/engagement-file-of-records';
import {
  fullEngagementRecords,
  typicalEngagementCounts,
} from '../shared/documents/fixtures/full-engagement-records';
import { builtMainFile } from './harness/built-main';
import { planChapterTitles } from './harness/marketing-plan-contents';
import { convertToPdf, pdfPages } from './harness/word-readers';

/** The contents' entries as a PDF shows them: title, dot leader, page number. */
function contentsEntries(pages: readonly string[]): { title: string; page: number }[] {
  return pages.slice(0, 3).flatMap((text) =>
    text.split('\n').flatMap((line) => {
      const entry = /^\s*(.+?)\.{3,}\s*(\d+)\s*$/.exec(line);
      return entry ? [{ title: (entry[1] as string).trim(), page: Number(entry[2]) }] : [];
    }),
  );
}

/**
 * The first page after the contents where a line starts the title (a long heading wraps) and the
 * title follows in full: where its heading is.
 */
function pageOfHeading(pages: readonly string[], title: string, after: number): number {
  const index = pages.findIndex((text, page) => {
    if (page < after) return false;
    const starts = text.split('\n').some((line) => {
      const trimmed = line.trim();
      return trimmed === title || (trimmed.length >= 20 && title.startsWith(trimmed));
    });
    return starts && text.replace(/\s+/g, ' ').includes(title);
  });
  return index + 1;
}

const sampleFile = join(import.meta.dirname, '../../samples/halvorsen-cold-chain.sessionstudio');

for (const [size, counts, version] of [
  ['the sample engagement (names in Japanese and Arabic among them)', undefined, 'client'],
  ['a typical engagement', typicalEngagementCounts, 'client'],
  ['a long, busy engagement', {}, 'client'],
  ['a long, busy engagement', {}, 'working'],
] as const)
  test(`finds each chapter and part of ${size}'s plan (${version} version) on the page its contents give, in LibreOffice`, async () => {
    test.setTimeout(300_000);
    const folder = mkdtempSync(join(tmpdir(), 'session-studio-contents-'));
    const file = counts ? join(folder, 'engagement.sessionstudio') : sampleFile;
    if (counts)
      writeFileSync(file, JSON.stringify(engagementFileOfRecords(fullEngagementRecords(counts))));
    const plan = join(folder, 'plan.docx');
    await promisify(execFile)(
      process.execPath,
      [builtMainFile('cli.js'), 'plan', file, plan, '--version', version],
      { timeout: 240_000 },
    );

    // LibreOffice never updates fields: the numbers it prints are the ones the plan was written with.
    const pages = await pdfPages(await convertToPdf(plan));
    const entries = contentsEntries(pages);
    expect(entries.length).toBeGreaterThan(20);
    // The first chapter's page: its heading, and no contents' dot leaders.
    const firstChapter = planChapterTitles[0] as string;
    const afterContents = pages.findIndex(
      (text) =>
        !/\.{3,}/.test(text) && text.split('\n').some((line) => line.trim() === firstChapter),
    );
    expect(afterContents).toBeGreaterThan(0);
    const misplaced = entries
      .map((entry) => ({ ...entry, printedOn: pageOfHeading(pages, entry.title, afterContents) }))
      .filter(({ page, printedOn }) => page !== printedOn);
    expect(misplaced).toEqual([]);
  });
