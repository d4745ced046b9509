import { afterEach, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import {
  createDocumentWorker,
  type DocumentWorker,
} from '../../../main/documents/document-worker-client';
import { createHandlers, type SaveDialogRequest } from '../../../main/ipc/create-handlers';
import { dispatch } from '../../../main/ipc/dispatch';
import { planChartPayloads } from '../../../shared/charts/plan-chart-payloads';
import { toMarketingPlanSnapshot } from '../../../shared/documents/to-marketing-plan-snapshot';
import { ipcContract } from '../../../shared/ipc/contract';
import { acmeRecords } from '../../shared/documents/fixtures/engagement-records';
import { entriesOf, tempFolder } from '../files/temp-folder';
import { spawnSourceDocumentWorker } from './source-document-worker';

let worker: DocumentWorker | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await worker?.close();
  worker = undefined;
});

const plan = () => {
  const records = acmeRecords();
  return toMarketingPlanSnapshot(records, {
    preparedOn: '2026-12-01',
    charts: planChartPayloads(records),
  });
};

/** Main's handlers with the document worker, as the app has them; main's schema watched. */
function appWithWorker(answer: string) {
  worker = createDocumentWorker({ spawn: spawnSourceDocumentWorker });
  const dialogs: SaveDialogRequest[] = [];
  const handlers = createHandlers({
    appInfo: () => ({ name: 'Session Studio', version: '0.1.0', userDataPath: '/data' }),
    chooseSavePath: async (request) => {
      dialogs.push(request);
      return answer;
    },
    documentBuilder: worker,
  });
  // The worker has its own copy of the contract: a parse on main's thread shows here.
  const schema = ipcContract.exportMarketingPlanDocx.request;
  const parsedOnMain = vi.spyOn(schema, 'safeParse');
  const parsedOnMainToo = vi.spyOn(schema, 'parse');
  return {
    handlers,
    dialogs,
    parsedOnMain: () => parsedOnMain.mock.calls.length + parsedOnMainToo.mock.calls.length,
  };
}

describe('the marketing plan’s request, parsed by the document worker', () => {
  it('is saved with main’s thread never running its schema, named as before', async () => {
    const folder = tempFolder();
    const { handlers, dialogs, parsedOnMain } = appWithWorker(join(folder, 'plan.docx'));
    const result = await dispatch(handlers, 'exportMarketingPlanDocx', plan());
    expect(result).toEqual({
      ok: true,
      value: { status: 'saved', filePath: join(folder, 'plan.docx') },
    });
    expect(dialogs).toEqual([
      expect.objectContaining({
        title: 'Export marketing plan',
        defaultFileName: expect.stringMatching(/Marketing plan.*2026-12-01\.docx$/),
      }),
    ]);
    expect(parsedOnMain()).toBe(0);
    expect(entriesOf(folder)).toEqual(['plan.docx']);
  }, 90_000);

  it('is refused with the schema’s reason when malformed, asking and writing nothing', async () => {
    const folder = tempFolder();
    const { handlers, dialogs, parsedOnMain } = appWithWorker(join(folder, 'plan.docx'));
    const snapshot = plan();
    const result = await dispatch(handlers, 'exportMarketingPlanDocx', {
      ...snapshot,
      workBackwards: { ...snapshot.workBackwards, bufferPercent: 400 },
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message:
          'Session Studio refused the request: The safety buffer can be at most 100 %. (workBackwards.bufferPercent)',
      },
    });
    for (const junk of [null, 'plan', 42, [], { engagement: {} }]) {
      const refused = await dispatch(handlers, 'exportMarketingPlanDocx', junk);
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(parsedOnMain()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(entriesOf(folder)).toEqual([]);
  }, 90_000);

  it('is declined with the reason when a chart cannot be drawn, asking and writing nothing', async () => {
    const folder = tempFolder();
    const { handlers, dialogs } = appWithWorker(join(folder, 'plan.docx'));
    const result = await dispatch(handlers, 'exportMarketingPlanDocx', {
      ...plan(),
      charts: [{ kind: 'pie', data: {} }],
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'Session Studio refused the request: The plan cannot draw a chart called “pie”.',
      },
    });
    expect(dialogs).toEqual([]);
    expect(entriesOf(folder)).toEqual([]);
  }, 90_000);
});
