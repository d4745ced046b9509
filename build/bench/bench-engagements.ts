import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  fullEngagementRecords,
  type EngagementCounts,
} from '../../tests/shared/documents/fixtures/full-engagement-records';
import { engagementFileOfRecords } from './engagement-file-of-records';

const projectRoot = join(import.meta.dirname, '../..');

/**
 * A typical engagement after a kick-off and a refresh: every worksheet filled in a little (five
 * phases, three campaigns, a dozen action items); its plan runs to about fifteen pages. Stands in
 * for the sample engagement until one ships under samples/.
 */
export const typicalEngagementCounts: EngagementCounts = {
  journeyPhases: 4,
  personas: 2,
  objectives: 3,
  salesStages: 3,
  competitors: 2,
  industryTrends: 2,
  objections: 2,
  perceptions: 2,
  critiqueEntries: 8,
  brandTraits: 3,
  brandChannels: 4,
  touchPointsPerPhase: 1,
  campaigns: 3,
  actionItems: 12,
};

export interface BenchEngagement {
  /** What it is, for the report. */
  name: string;
  filePath: string;
}

/** An engagement of the given size written as an engagement file into `folder`. */
export function writeEngagementFile(
  folder: string,
  name: string,
  counts: Partial<EngagementCounts> = {},
): string {
  const filePath = join(folder, `${name}.sessionstudio`);
  writeFileSync(filePath, JSON.stringify(engagementFileOfRecords(fullEngagementRecords(counts))));
  return filePath;
}

/**
 * The sample engagement the app ships (the first engagement file under samples/), or, where
 * there is none yet, a typical engagement of the same size written into `folder`.
 */
export function sampleEngagement(folder: string): BenchEngagement {
  const samples = join(projectRoot, 'samples');
  let shipped: string[] = [];
  try {
    shipped = readdirSync(samples, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.sessionstudio'))
      .sort();
  } catch {
    // No samples folder: the stand-in below.
  }
  const [first] = shipped;
  if (first) return { name: `samples/${first}`, filePath: join(samples, first) };
  return {
    name: 'a typical engagement (stand-in for the sample)',
    filePath: writeEngagementFile(folder, 'typical', typicalEngagementCounts),
  };
}
