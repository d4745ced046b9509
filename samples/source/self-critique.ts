import type { CritiqueKind } from '../../shared/domain/critique';
import type { RowOf } from '../../shared/engagement-file/format';
import { engagementId } from './engagement';
import { at, sampleId, stamps } from './sample-ids';

const findings: Record<CritiqueKind, string[]> = {
  strength: [
    'Sensor accuracy certified to ±0.1 °C',
    'Installation in one day, by our own technicians',
    'Pilots convert well: 35 % become customers',
    'Pharma customers who prove we never lose a reading',
  ],
  weakness: [
    'The website and sales material speak to pharma, not to food',
    'No partners: every deal is sold directly',
    'Two customer success managers for 240 customers',
    'Support in office hours only',
  ],
  opportunity: [
    'Digital temperature records in the 2027 audit schemes',
    'Energy savings as a second payback story',
    'Refrigeration service companies as referral partners',
    'Food distributors in Japan, through the Tokyo office',
  ],
  threat: [
    'ColdSense moves up-market with vehicle units',
    'Distributors bought by national groups switch to enterprise suites',
    'Staff shortages make any new tool a hard sell',
  ],
  change: [
    'Rewrite the website and the sales deck for food distributors',
    'Launch 24/7 support in English before the campaigns start',
    'Build a three-year cost comparison for finance leads',
    'Hire a second customer success manager in Q1',
  ],
};

export const critiqueEntryId = (kind: CritiqueKind, index: number) =>
  sampleId(`critique:${kind}:${index + 1}`);

/** A finding's text, for an action item that names it as its source. */
export function findingText(kind: CritiqueKind, index: number): string {
  const text = findings[kind][index];
  if (text === undefined) throw new Error(`No ${kind} ${index + 1} in the sample.`);
  return text;
}

export const critiqueEntries: RowOf<'critiqueEntries'>[] = (
  Object.entries(findings) as [CritiqueKind, string[]][]
).flatMap(([kind, texts]) =>
  texts.map((text, index) => ({
    id: critiqueEntryId(kind, index),
    engagementId,
    position: index + 1,
    kind,
    text,
    ...stamps('2026-09-15T10:40', '2026-10-27T15:20'),
  })),
);

export const critiqueSheets: RowOf<'critiqueSheets'>[] = [
  {
    engagementId,
    selfView:
      'A precise, engineering-led partner that never loses a reading: the safe choice for anyone who cannot afford a spoiled load.',
    prospectView:
      'A pharma sensor company: accurate but expensive, with a long sales process, and not really meant for a 60-truck food distributor.',
    forWhom: 'mid-size food distributors with 20 to 200 refrigerated vehicles',
    need: 'must prove every degree of their cold chain to auditors and customers',
    brandName: 'Halvorsen FrostLink',
    category: 'cold-chain monitoring service',
    benefit:
      'records every temperature from the warehouse to the customer’s door and alerts the right person before stock is lost',
    unlikeWhom: 'paper logs or low-cost sensors',
    difference:
      'is installed in a day, reports to the auditor in one click and is backed by support around the clock',
    updatedAt: at('2026-10-27T15:25'),
  },
];
