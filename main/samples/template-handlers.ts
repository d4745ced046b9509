import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { checkTemplate } from '../../shared/templates/check-template';
import { maxTemplateBytes } from '../../shared/templates/engagement-template';
import {
  templatesFolderName,
  type TemplateEntry,
  type TemplateList,
} from '../../shared/templates/template-list';
import type { IpcHandlers } from '../ipc/dispatch';

type TemplateHandlers = Pick<IpcHandlers, 'listEngagementTemplates'>;

/** The file's template, or why it cannot be one; never throws for a bad file. */
async function readTemplate(folder: string, fileName: string): Promise<TemplateEntry> {
  const refused = (problems: string[], name = fileName): TemplateEntry => ({
    status: 'refused',
    fileName,
    name,
    problems,
  });
  const path = join(folder, fileName);
  let text: string;
  try {
    const { size } = await stat(path);
    if (size > maxTemplateBytes)
      return refused([
        `The file is ${Math.ceil(size / 1024)} KB; a template can be at most ${maxTemplateBytes / 1024} KB.`,
      ]);
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refused([
      code ? `The file could not be read (${code}).` : 'The file is not a text file.',
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refused(['The file is not valid JSON: it may have been damaged or edited by hand.']);
  }
  const checked = checkTemplate(json);
  if (checked.ok) return { status: 'ready', fileName, template: checked.template };
  const name = (json as { name?: unknown } | null)?.name;
  return refused(
    checked.problems,
    typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 200) : fileName,
  );
}

/**
 * The templates that ship with the app, each read and checked on its own: a damaged one is listed
 * with its reasons, so the others stay usable and nothing is ever made from it.
 */
export function createTemplateHandlers(samplesFolder: () => string | null): TemplateHandlers {
  return {
    async listEngagementTemplates(): Promise<TemplateList> {
      const base = samplesFolder();
      if (base === null) return { templates: [] };
      const folder = join(base, templatesFolderName);
      let names: string[];
      try {
        names = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
      } catch {
        return { templates: [] };
      }
      const entries = await Promise.all(names.map((name) => readTemplate(folder, name)));
      const nameOf = (entry: TemplateEntry) =>
        entry.status === 'ready' ? entry.template.name : entry.name;
      return { templates: entries.sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'en')) };
    },
  };
}
