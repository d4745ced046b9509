import { collectEngagementFile } from '../shared/engagement-file/collect';
import { engagementFileText } from '../shared/engagement-file/engagement-file-text';
import { validateEngagementFile } from '../shared/engagement-file/validate';
import { sampleEngagementFileName } from '../shared/samples/sample-files';
import { halvorsenColdChain } from './source/halvorsen-cold-chain';

/** Fixed, so the file is the same on every run; the app never decides anything from it. */
export const sampleStamp = {
  exportedAt: new Date('2026-12-01T09:00:00.000Z'),
  app: { name: 'Session Studio', version: 'sample' },
};

export interface SampleFile {
  /** Relative to samples/. */
  fileName: string;
  text: string;
}

/**
 * Every file samples/ holds, built from the typed sources, in the current engagement-file format.
 * A file that would not import is never written: the generator stops with the reasons.
 */
export function sampleFiles(): SampleFile[] {
  const file = collectEngagementFile(halvorsenColdChain(), sampleStamp);
  const checked = validateEngagementFile(JSON.parse(engagementFileText(file)));
  if (!checked.ok)
    throw new Error(`The sample engagement would not import:\n${checked.problems.join('\n')}`);
  return [{ fileName: sampleEngagementFileName, text: engagementFileText(file) }];
}
