import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  fullEngagementRecords,
  typicalEngagementCounts,
  type EngagementCounts,
} from '../../tests/shared/documents/fixtures/full-engagement-records';
import { engagementFileOfRecords } from '../../tests/shared/documents/fixtures/engagement-file-of-records';

const projectRoot = join(import.meta.dirname, '../..');

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
