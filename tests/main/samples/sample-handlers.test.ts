import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../main/ipc/create-handlers';
import { dispatch } from '../../../main/ipc/dispatch';
import { defaultSamplesFolder } from '../../../main/samples/samples-folder';
import { sampleEngagementFileName } from '../../../shared/samples/sample-files';
import { tempFolder } from '../files/temp-folder';

const repositorySamples = join(import.meta.dirname, '../../../samples');
const shipped = join(repositorySamples, sampleEngagementFileName);

function readSample(samplesFolder?: string | null) {
  const handlers = createHandlers({
    appInfo: () => ({ name: 'Session Studio', version: '0.1.0', userDataPath: '/data' }),
    chooseSavePath: async () => null,
    ...(samplesFolder !== undefined ? { samplesFolder } : {}),
  });
  return dispatch(handlers, 'readSampleEngagement', null);
}

/** A samples folder holding the shipped sample, changed by `damage`. */
function samplesWith(damage: (text: string) => string): string {
  const folder = tempFolder();
  writeFileSync(join(folder, sampleEngagementFileName), damage(readFileSync(shipped, 'utf8')));
  return folder;
}

describe('reading the sample engagement', () => {
  it('reads and checks the sample that ships with the app', async () => {
    const result = await readSample();
    expect(result).toMatchObject({
      ok: true,
      value: {
        status: 'read',
        fileName: sampleEngagementFileName,
        file: { engagement: { clientName: 'Halvorsen Cold Chain' } },
      },
    });
  });

  it('refuses a sample cut off half-way, saying it is damaged and how to get it back', async () => {
    const folder = samplesWith((text) => text.slice(0, text.length / 2));
    const result = await readSample(folder);
    if (!result.ok || result.value.status !== 'refused') throw new Error('Not refused.');
    expect(result.value.problems[0]).toBe(
      'The sample engagement that came with Session Studio is damaged. Reinstall Session Studio to bring the sample back.',
    );
    expect(result.value.problems[1]).toMatch(/looks cut off/);
  });

  it('refuses a sample whose rows were edited out of shape, naming the row', async () => {
    const folder = samplesWith((text) => text.replace('"minutes": 50,', '"minutes": -50,'));
    const result = await readSample(folder);
    if (!result.ok || result.value.status !== 'refused') throw new Error('Not refused.');
    expect(result.value.problems.join('\n')).toMatch(
      /agendaItems, row \d+, minutes: An agenda item needs at least 1 minute\./,
    );
  });

  it('says the sample is missing when the installation has none', async () => {
    expect(await readSample(null)).toEqual({
      ok: true,
      value: {
        status: 'refused',
        fileName: sampleEngagementFileName,
        problems: [
          'The sample engagement is missing from this installation. Reinstall Session Studio to bring the sample back.',
        ],
      },
    });
  });
});

describe('where the samples are', () => {
  it('in a packaged app: the samples folder beside the archive', () => {
    const resources = tempFolder();
    mkdirSync(join(resources, 'samples'));
    copyFileSync(shipped, join(resources, 'samples', sampleEngagementFileName));
    expect(defaultSamplesFolder(resources, join(resources, 'app.asar', 'out', 'main'))).toBe(
      join(resources, 'samples'),
    );
  });

  it('from the sources or the build: the project’s samples/', () => {
    const builtMain = join(repositorySamples, '..', 'out', 'main');
    expect(defaultSamplesFolder(tempFolder(), builtMain)).toBe(repositorySamples);
  });

  it('nowhere: null, so the app can say so', () => {
    expect(defaultSamplesFolder(tempFolder(), tempFolder())).toBeNull();
  });
});
