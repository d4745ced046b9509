import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDocumentBytes, type DocumentJob } from '../../../main/documents/document-job';
import { DocumentCancelledError } from '../../../main/documents/document-cancelled-error';
import {
  createDocumentWorker,
  type DocumentWorker,
  type DocumentWorkerOptions,
} from '../../../main/documents/document-worker-client';
import { sampleEngagementFileName } from '../../../shared/samples/sample-files';
import { defaultAppSettings } from '../../../shared/settings/app-settings';
import { agendaSnapshot } from '../agenda-snapshot-fixture';
import { fullEngagementPlan } from '../../shared/documents/fixtures/full-engagement-records';
import { readZipEntry } from './read-zip-entry';
import { spawnSourceDocumentWorker } from './source-document-worker';

const settings = defaultAppSettings;
const body = (bytes: Uint8Array) => readZipEntry(Buffer.from(bytes), 'word/document.xml');
const agenda: DocumentJob = { kind: 'agenda', snapshot: agendaSnapshot(), settings };
/** The long plan as the renderer sends it: an order, its request parsed on the worker. */
const planOrder = () => ({
  kind: 'marketing-plan' as const,
  request: JSON.parse(JSON.stringify(fullEngagementPlan())) as unknown,
  settings,
});

let client: DocumentWorker | undefined;
const folders: string[] = [];
afterEach(async () => {
  await client?.close();
  client = undefined;
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The worker client, counting the workers it starts (each from the source, or as `spawn` says). */
function watchWorkers(
  options: Omit<DocumentWorkerOptions, 'spawn'> = {},
  spawn: (count: number) => Worker = () => spawnSourceDocumentWorker(),
) {
  const workers: Worker[] = [];
  client = createDocumentWorker({
    ...options,
    spawn: () => {
      const started = spawn(workers.length + 1);
      workers.push(started);
      return started;
    },
  });
  return { client, workers };
}

const exited = (worker: Worker | undefined) =>
  new Promise<number>((resolve) => worker?.once('exit', resolve));

describe('warming up the document worker', () => {
  it('starts one worker, warms it up once, and builds every export on it', async () => {
    const { client, workers } = watchWorkers();
    const first = client.warmUp();
    expect(client.warmUp()).toBe(first);
    await expect(first).resolves.toBe('built');
    await expect(client.warmUp()).resolves.toBe('built');
    const plan = planOrder();
    const bytes = await client.build(plan);
    expect(body(bytes)).toContain('Work-backwards plan');
    expect(workers).toHaveLength(1);
  }, 120_000);

  it('builds an export asked for during the warm-up on the same worker, the warm-up giving way', async () => {
    const { client, workers } = watchWorkers();
    const warming = client.warmUp();
    const stages: string[] = [];
    const built = client.build(agenda, { onStage: (stage) => stages.push(stage) });
    await expect(warming).resolves.toBe('stopped');
    expect(body(await built)).toBe(body(await buildDocumentBytes(agenda)));
    expect(stages).toEqual(['laying-out', 'packing']);
    expect(workers).toHaveLength(1);
  }, 120_000);

  it('needs no warm-up on a worker that has built a document already', async () => {
    const { client, workers } = watchWorkers();
    await client.build(agenda);
    await expect(client.warmUp()).resolves.toBe('built');
    expect(workers).toHaveLength(1);
  }, 60_000);

  it('still exports when the warm-up fails: a sample that cannot be read', async () => {
    const resourcesPath = mkdtempSync(join(tmpdir(), 'session-studio-resources-'));
    folders.push(resourcesPath);
    mkdirSync(join(resourcesPath, 'samples'));
    writeFileSync(join(resourcesPath, 'samples', sampleEngagementFileName), 'not an engagement');
    const { client, workers } = watchWorkers({}, () =>
      spawnSourceDocumentWorker({ resourcesPath }),
    );
    await expect(client.warmUp()).resolves.toBe('failed');
    expect(body(await client.build(agenda))).toContain('Kick-off session');
    expect(workers).toHaveLength(1);
  }, 60_000);

  it('still exports when the worker dies warming up: the export starts a fresh one', async () => {
    const { client, workers } = watchWorkers({}, (count) =>
      count === 1 ? new Worker('process.exit(5)', { eval: true }) : spawnSourceDocumentWorker(),
    );
    await expect(client.warmUp()).resolves.toBe('failed');
    expect(body(await client.build(agenda))).toContain('Kick-off session');
    expect(workers).toHaveLength(2);
  }, 60_000);

  it('cancels an export asked for during the warm-up, and builds the next', async () => {
    const { client, workers } = watchWorkers();
    const warming = client.warmUp();
    const controller = new AbortController();
    const cancelled = client.build(planOrder(), {
      signal: controller.signal,
      onStage: () => controller.abort(),
    });
    await expect(cancelled).rejects.toBeInstanceOf(DocumentCancelledError);
    await warming;
    expect(body(await client.build(agenda))).toContain('Kick-off session');
    expect(workers.length).toBeLessThanOrEqual(2);
  }, 120_000);

  it('keeps a warmed-up worker past the idle time of one that exported, until its own', async () => {
    const { client, workers } = watchWorkers({ idleMs: 50, warmIdleMs: 60_000 });
    await client.warmUp();
    let stopped = false;
    void exited(workers[0]).then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(stopped).toBe(false);
    await client.build(agenda);
    await exited(workers[0]);
    expect(workers).toHaveLength(1);
  }, 60_000);

  it('stops a warmed-up worker left unused after its own idle time; the next export starts one', async () => {
    const { client, workers } = watchWorkers({ idleMs: 60_000, warmIdleMs: 50 });
    await client.warmUp();
    await exited(workers[0]);
    await client.build(agenda);
    expect(workers).toHaveLength(2);
  }, 60_000);
});
