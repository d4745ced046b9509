import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentCancelledError } from '../../../main/documents/document-cancelled-error';
import type { BuildOptions, DocumentBuilder } from '../../../main/documents/document-job';
import {
  createDocumentWorker,
  type DocumentWorker,
} from '../../../main/documents/document-worker-client';
import { createHandlers, type HandlerPlatform } from '../../../main/ipc/create-handlers';
import { dispatch, type IpcHandlers } from '../../../main/ipc/dispatch';
import type { ExportStage } from '../../../shared/documents/export-progress';
import { planChartPayloads } from '../../../shared/charts/plan-chart-payloads';
import { toMarketingPlanSnapshot } from '../../../shared/documents/to-marketing-plan-snapshot';
import { acmeRecords } from '../../shared/documents/fixtures/engagement-records';
import { agendaSnapshot } from '../agenda-snapshot-fixture';
import { spawnSourceDocumentWorker } from '../documents/source-document-worker';
import { entriesOf, tempFolder } from '../files/temp-folder';

/**
 * A builder whose build the test walks through: it reports the stages it is given, then waits
 * for the test to finish it, and stops at once (as the worker does) when the signal aborts.
 */
function steppedBuilder() {
  let finish: (() => void) | null = null;
  let options: BuildOptions = {};
  const builder: DocumentBuilder = {
    build: (_job, given = {}) => {
      options = given;
      return new Promise((resolve, reject) => {
        finish = () => resolve(new TextEncoder().encode('the whole document'));
        given.signal?.addEventListener('abort', () => reject(new DocumentCancelledError()));
      });
    },
  };
  return {
    builder,
    reach: (stage: ExportStage) => options.onStage?.(stage),
    finish: () => finish?.(),
    started: () => finish !== null,
  };
}

function setup(documentBuilder: DocumentBuilder, onDialog: () => void = () => undefined) {
  const folder = tempFolder();
  const target = join(folder, 'plan.docx');
  const platform: HandlerPlatform = {
    appInfo: () => ({ name: 'Session Studio', version: 'test', userDataPath: folder }),
    chooseSavePath: async () => {
      onDialog();
      return target;
    },
    documentBuilder,
  };
  return { folder, target, handlers: createHandlers(platform) };
}

const progress = async (handlers: IpcHandlers) =>
  dispatch(handlers, 'getExportProgress', { kind: 'agenda' });
const cancel = async (handlers: IpcHandlers) =>
  dispatch(handlers, 'cancelExport', { kind: 'agenda' });
const until = async (condition: () => boolean | Promise<boolean>) => {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('an export under way', () => {
  it('tells each stage it reaches, then saving, then that none is under way', async () => {
    const stepped = steppedBuilder();
    const { target, handlers } = setup(stepped.builder);
    const saved = dispatch(handlers, 'exportAgendaDocx', agendaSnapshot());
    await until(stepped.started);
    for (const stage of ['laying-out', 'packing'] as const) {
      stepped.reach(stage);
      expect(await progress(handlers)).toEqual({ ok: true, value: { running: true, stage } });
    }
    stepped.finish();
    expect(await saved).toEqual({ ok: true, value: { status: 'saved', filePath: target } });
    expect(await progress(handlers)).toEqual({
      ok: true,
      value: { running: false, stage: null },
    });
    expect(readFileSync(target, 'utf8')).toBe('the whole document');
  });

  it('is cancelled while it builds: the build stops and nothing is written', async () => {
    const stepped = steppedBuilder();
    const { folder, handlers } = setup(stepped.builder);
    const exported = dispatch(handlers, 'exportAgendaDocx', agendaSnapshot());
    await until(stepped.started);
    stepped.reach('packing');
    expect(await cancel(handlers)).toEqual({ ok: true, value: { cancelled: true } });
    expect(await exported).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(entriesOf(folder)).toEqual([]);
    expect(await progress(handlers)).toEqual({
      ok: true,
      value: { running: false, stage: null },
    });
  });

  it('is cancelled even when the builder finishes before it notices: nothing is written', async () => {
    // A builder that ignores the signal: the handler still checks it before the write.
    let cancelNow: () => Promise<unknown> = async () => undefined;
    const builder: DocumentBuilder = {
      build: async () => {
        await cancelNow();
        return new TextEncoder().encode('built anyway');
      },
    };
    const { folder, handlers } = setup(builder);
    cancelNow = () => cancel(handlers);
    expect(await dispatch(handlers, 'exportAgendaDocx', agendaSnapshot())).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect(entriesOf(folder)).toEqual([]);
  });

  it('cancelled while the save dialog is open, builds nothing', async () => {
    let builds = 0;
    let handlers: IpcHandlers | null = null;
    const builder: DocumentBuilder = {
      build: async () => {
        builds += 1;
        return new Uint8Array();
      },
    };
    const made = setup(builder, () => void (handlers && cancel(handlers)));
    handlers = made.handlers;
    expect(await dispatch(handlers, 'exportAgendaDocx', agendaSnapshot())).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect(builds).toBe(0);
    expect(entriesOf(made.folder)).toEqual([]);
  });

  it('is refused when the same document is already being exported, and the first one goes on', async () => {
    const stepped = steppedBuilder();
    const { target, handlers } = setup(stepped.builder);
    const first = dispatch(handlers, 'exportAgendaDocx', agendaSnapshot());
    await until(stepped.started);
    expect(await dispatch(handlers, 'exportAgendaDocx', agendaSnapshot())).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'The session agenda is already being exported; wait for it or cancel it first.',
      },
    });
    stepped.finish();
    expect(await first).toEqual({ ok: true, value: { status: 'saved', filePath: target } });
  });

  it('refuses a kind of document it does not know, changing nothing', async () => {
    const { handlers } = setup(steppedBuilder().builder);
    const result = await dispatch(handlers, 'cancelExport', { kind: 'everything' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});

/** Acme's plan, with its four charts to draw. */
function acmePlan() {
  const records = acmeRecords();
  return toMarketingPlanSnapshot(records, {
    preparedOn: '2026-12-01',
    charts: planChartPayloads(records),
  });
}

describe('cancelling a marketing plan on the document worker', () => {
  let worker: DocumentWorker | undefined;
  afterEach(async () => {
    await worker?.close();
    worker = undefined;
  });

  it('stops the worker while it draws the charts, writes nothing, and the next export saves', async () => {
    let spawned = 0;
    worker = createDocumentWorker({
      spawn: () => {
        spawned += 1;
        return spawnSourceDocumentWorker();
      },
    });
    const { folder, target, handlers } = setup(worker);
    const plan = { kind: 'marketing-plan' } as const;
    const exported = dispatch(handlers, 'exportMarketingPlanDocx', acmePlan());
    await until(async () => {
      const seen = await dispatch(handlers, 'getExportProgress', plan);
      return seen.ok && seen.value.stage === 'drawing-charts';
    });
    expect(await dispatch(handlers, 'cancelExport', plan)).toEqual({
      ok: true,
      value: { cancelled: true },
    });
    expect(await exported).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(entriesOf(folder)).toEqual([]);

    const again = await dispatch(handlers, 'exportMarketingPlanDocx', acmePlan());
    expect(again).toEqual({ ok: true, value: { status: 'saved', filePath: target } });
    expect(existsSync(target)).toBe(true);
    expect(entriesOf(folder)).toEqual(['plan.docx']);
    expect(spawned).toBe(2);
  }, 120_000);
});
