import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentBuilder, DocumentJob } from '../../../main/documents/document-job';
import type { DocumentOrder } from '../../../main/documents/document-order';
import { createHandlers } from '../../../main/ipc/create-handlers';
import { dispatch } from '../../../main/ipc/dispatch';
import { agendaSnapshot } from '../agenda-snapshot-fixture';
import { tempFolder } from '../files/temp-folder';
import { defaultAppSettings } from '../../../shared/settings/app-settings';

/** A builder that records what the handler asks of it, in order, with what the dialog is asked. */
function recordingSetup(answer: (folder: string) => string | null) {
  const folder = tempFolder();
  const steps: string[] = [];
  const jobs: (DocumentJob | DocumentOrder)[] = [];
  const documentBuilder: DocumentBuilder = {
    prepare: () => steps.push('prepare'),
    build: async (job) => {
      steps.push('build');
      jobs.push(job);
      return new TextEncoder().encode('built elsewhere');
    },
  };
  const handlers = createHandlers({
    appInfo: () => ({ name: 'Session Studio', version: 'test', userDataPath: folder }),
    chooseSavePath: async () => {
      steps.push('dialog');
      return answer(folder);
    },
    documentBuilder,
  });
  return { folder, steps, jobs, handlers };
}

describe('the export handlers and the document builder', () => {
  it('get the builder ready while the dialog is open, then hand it the parsed snapshot', async () => {
    const { folder, steps, jobs, handlers } = recordingSetup((where) => join(where, 'a.docx'));
    const result = await dispatch(handlers, 'exportAgendaDocx', agendaSnapshot());
    expect(result).toEqual({
      ok: true,
      value: { status: 'saved', filePath: join(folder, 'a.docx') },
    });
    expect(steps).toEqual(['prepare', 'dialog', 'build']);
    // With the consultant's settings as they are on this laptop (none yet: the defaults).
    expect(jobs).toEqual([
      { kind: 'agenda', snapshot: agendaSnapshot(), settings: defaultAppSettings },
    ]);
    expect(readFileSync(join(folder, 'a.docx'), 'utf8')).toBe('built elsewhere');
  });

  it('build nothing when the consultant cancels', async () => {
    const { steps, handlers } = recordingSetup(() => null);
    await dispatch(handlers, 'exportAgendaDocx', agendaSnapshot());
    expect(steps).toEqual(['prepare', 'dialog']);
  });
});
