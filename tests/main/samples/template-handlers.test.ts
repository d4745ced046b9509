import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTemplateHandlers } from '../../../main/samples/template-handlers';
import { maxTemplateBytes } from '../../../shared/templates/engagement-template';
import { templateJson } from '../../shared/templates/template-fixture';
import { tempFolder } from '../files/temp-folder';

const repositorySamples = join(import.meta.dirname, '../../../samples');
const list = (samplesFolder: string | null) =>
  createTemplateHandlers(() => samplesFolder).listEngagementTemplates(null);

/** A samples folder whose templates/ holds these files. */
function samplesWithTemplates(files: Record<string, string>): string {
  const folder = tempFolder();
  mkdirSync(join(folder, 'templates'));
  for (const [name, text] of Object.entries(files))
    writeFileSync(join(folder, 'templates', name), text);
  return folder;
}

describe('listing the templates', () => {
  it('reads the three that ship, ready to use, by name', async () => {
    const { templates } = await list(repositorySamples);
    expect(templates.map((entry) => [entry.status, entry.fileName])).toEqual([
      ['ready', 'brand-refresh.json'],
      ['ready', 'lead-generation.json'],
      ['ready', 'new-product-launch.json'],
    ]);
  });

  it('lists a damaged template with its reasons and keeps the others usable', async () => {
    const good = JSON.stringify(templateJson());
    const tooManyPhases = templateJson();
    tooManyPhases.name = 'Twenty-five phases';
    tooManyPhases.journeyPhases = Array.from({ length: 25 }, (_, index) => ({
      name: `Phase ${index + 1}`,
      customerGoal: '',
      questions: '',
      kpi: '',
    }));
    tooManyPhases.campaigns = [];
    const folder = samplesWithTemplates({
      'a-good.json': good,
      'b-cut-off.json': good.slice(0, good.length / 2),
      'c-phases.json': JSON.stringify(tooManyPhases),
      'd-huge.json': ' '.repeat(maxTemplateBytes + 1),
      'e-binary.json': '\u0000',
      'notes.txt': 'not a template',
    });
    const { templates } = await list(folder);
    expect(templates).toEqual([
      expect.objectContaining({
        status: 'refused',
        fileName: 'b-cut-off.json',
        name: 'b-cut-off.json',
        problems: ['The file is not valid JSON: it may have been damaged or edited by hand.'],
      }),
      expect.objectContaining({
        status: 'refused',
        fileName: 'd-huge.json',
        problems: ['The file is 257 KB; a template can be at most 256 KB.'],
      }),
      expect.objectContaining({ status: 'refused', fileName: 'e-binary.json' }),
      expect.objectContaining({ status: 'ready', fileName: 'a-good.json' }),
      expect.objectContaining({
        status: 'refused',
        fileName: 'c-phases.json',
        name: 'Twenty-five phases',
        problems: ['A template can have at most 20 journey phases; this one has 25.'],
      }),
    ]);
  });

  it('has none when the installation has no samples or no templates folder', async () => {
    expect(await list(null)).toEqual({ templates: [] });
    expect(await list(tempFolder())).toEqual({ templates: [] });
  });
});
