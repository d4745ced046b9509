import { collectEngagementFile } from '../shared/engagement-file/collect';
import { engagementFileText } from '../shared/engagement-file/engagement-file-text';
import { validateEngagementFile } from '../shared/engagement-file/validate';
import { sampleEngagementFileName } from '../shared/samples/sample-files';
import { checkTemplate } from '../shared/templates/check-template';
import { templatesFolderName } from '../shared/templates/template-list';
import { halvorsenColdChain } from './source/halvorsen-cold-chain';
import { brandRefresh } from './source/templates/brand-refresh';
import { leadGeneration } from './source/templates/lead-generation';
import { newProductLaunch } from './source/templates/new-product-launch';

/** The templates that ship, by file name under samples/templates/. */
const templates = {
  'new-product-launch.json': newProductLaunch,
  'lead-generation.json': leadGeneration,
  'brand-refresh.json': brandRefresh,
};

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
 * Every file samples/ holds, built from the typed sources: the sample engagement in the current
 * engagement-file format, and the templates. A file that would not import, or a template that
 * would be refused, is never written: the generator stops with the reasons.
 */
export function sampleFiles(): SampleFile[] {
  const file = collectEngagementFile(halvorsenColdChain(), sampleStamp);
  const checked = validateEngagementFile(JSON.parse(engagementFileText(file)));
  if (!checked.ok)
    throw new Error(`The sample engagement would not import:\n${checked.problems.join('\n')}`);
  return [
    { fileName: sampleEngagementFileName, text: engagementFileText(file) },
    ...Object.entries(templates).map(([fileName, template]) => {
      const checkedTemplate = checkTemplate(template);
      if (!checkedTemplate.ok)
        throw new Error(
          `${fileName} is not a valid template:\n${checkedTemplate.problems.join('\n')}`,
        );
      return {
        fileName: `${templatesFolderName}/${fileName}`,
        text: `${JSON.stringify(template, null, 2)}\n`,
      };
    }),
  ];
}
