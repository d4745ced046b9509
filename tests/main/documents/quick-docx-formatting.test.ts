import { Packer, type Document } from 'docx';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildMarketingPlanDocument } from '../../../main/documents/marketing-plan-document';
import { pageFonts } from '../../../main/documents/page-fonts';
import {
  restoreDocxOwnFormatting,
  quickenDocxFormatting,
} from '../../../main/documents/quick-docx-formatting';
import { readAndCheckEngagementFile } from '../../../main/engagement-file/check-engagement-file';
import { marketingPlanRecordsOfFile } from '../../../shared/documents/engagement-file-records';
import type { MarketingPlanSnapshot } from '../../../shared/documents/marketing-plan-snapshot';
import { toMarketingPlanSnapshot } from '../../../shared/documents/to-marketing-plan-snapshot';
import { fullEngagementPlan } from '../../shared/documents/fixtures/full-engagement-records';
import { plainLook } from './document-look-fixture';
import { allChartStandIns } from './drawn-chart-stand-ins';

const fonts = pageFonts();

interface PackageCompiler {
  compile(document: Document): Map<string, string | Uint8Array>;
}
const compiler = (Packer as unknown as { compiler: PackageCompiler }).compiler;

async function samplePlan(): Promise<MarketingPlanSnapshot> {
  const checked = await readAndCheckEngagementFile(
    join(import.meta.dirname, '../../../samples/halvorsen-cold-chain.sessionstudio'),
  );
  if (!checked.ok) throw new Error(checked.problems.join('\n'));
  return toMarketingPlanSnapshot(marketingPlanRecordsOfFile(checked.file), {
    preparedOn: '2026-12-01',
    charts: [],
  });
}

/** Every part of the plan as docx's compiler writes it, with the formatting given. */
function partsOf(plan: MarketingPlanSnapshot, formatWith: () => void) {
  formatWith();
  const document = buildMarketingPlanDocument(
    plan,
    allChartStandIns(),
    plainLook(plan.engagement),
    {
      fonts,
    },
  );
  return compiler.compile(document);
}

/**
 * docx numbers bookmarks (and drawings) from counters of the process, so a plan written twice gets
 * other numbers the second time: each is renumbered by the order it first appears in, which keeps
 * every reference to it pointing the same way.
 */
function renumbered(xml: string): string {
  const numbers = new Map<string, number>();
  const renumber = (kind: string, number: string) => {
    const key = `${kind}${number}`;
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
    return String(numbers.get(key));
  };
  return xml
    .replace(/_Toc(\d+)/g, (_, number: string) => `_Toc${renumber('toc', number)}`)
    .replace(
      /(<w:bookmark(?:Start|End)\b[^>]*? w:id=")(\d+)/g,
      (_, start: string, number: string) => start + renumber('bookmark', number),
    )
    .replace(
      /(<wp:docPr\b[^>]*? id=")(\d+)/g,
      (_, start: string, number: string) => start + renumber('drawing', number),
    );
}

/** Where two parts first differ, with some of each around it; '' where they are the same. */
function firstDifference(
  written: string | Uint8Array | undefined,
  expected: string | Uint8Array,
): string {
  const a =
    typeof written === 'string'
      ? renumbered(written)
      : Buffer.from(written ?? []).toString('latin1');
  const b =
    typeof expected === 'string' ? renumbered(expected) : Buffer.from(expected).toString('latin1');
  if (a === b) return '';
  let at = 0;
  while (a[at] === b[at]) at += 1;
  return `at ${at}: …${a.slice(at - 80, at + 80)}… instead of …${b.slice(at - 80, at + 80)}…`;
}

beforeEach(() => {
  // The document's properties carry the time it was written.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T09:00:00Z'));
});
afterEach(() => {
  restoreDocxOwnFormatting();
  vi.useRealTimers();
});

describe('the quick formatting of docx’s elements and attributes', () => {
  it.each([
    ['the sample engagement', samplePlan],
    ['the long, busy engagement', async () => fullEngagementPlan()],
  ])('writes every part of the plan of %s as docx’s own does, byte for byte', async (_, plan) => {
    const snapshot = await plan();
    const own = partsOf(snapshot, restoreDocxOwnFormatting);
    const quick = partsOf(snapshot, quickenDocxFormatting);
    expect([...quick.keys()]).toEqual([...own.keys()]);
    for (const [name, part] of own) expect(firstDifference(quick.get(name), part), name).toBe('');
  });
});
