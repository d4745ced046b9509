import { join } from 'node:path';
import type { EngagementFileRead } from '../../shared/engagement-file/import-outcome';
import { sampleEngagementFileName } from '../../shared/samples/sample-files';
import { readAndCheckEngagementFile } from '../engagement-file/check-engagement-file';
import type { IpcHandlers } from '../ipc/dispatch';

type SampleHandlers = Pick<IpcHandlers, 'readSampleEngagement'>;

const reinstall = 'Reinstall Session Studio to bring the sample back.';

/**
 * The sample engagement's door: main reads the file that ships with the app and checks it exactly
 * as an import checks a file the consultant picked; the renderer imports what passes.
 */
export function createSampleHandlers(samplesFolder: () => string | null): SampleHandlers {
  return {
    async readSampleEngagement(): Promise<EngagementFileRead> {
      const fileName = sampleEngagementFileName;
      const folder = samplesFolder();
      if (folder === null)
        return {
          status: 'refused',
          fileName,
          problems: [`The sample engagement is missing from this installation. ${reinstall}`],
        };
      const checked = await readAndCheckEngagementFile(join(folder, fileName));
      if (!checked.ok)
        return {
          status: 'refused',
          fileName,
          problems: [
            `The sample engagement that came with Session Studio is damaged. ${reinstall}`,
            ...checked.problems,
          ],
        };
      return { status: 'read', fileName, file: checked.file };
    },
  };
}
