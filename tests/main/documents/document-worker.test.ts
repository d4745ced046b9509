import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDocumentBytes, type DocumentJob } from '../../../main/documents/document-job';
import { DocumentCancelledError } from '../../../main/documents/document-cancelled-error';
import {
  createDocumentWorker,
  type DocumentWorker,
} from '../../../main/documents/document-worker-client';
import { agendaSnapshot } from '../agenda-snapshot-fixture';
import { fullEngagementPlan } from '../../shared/documents/fixtures/full-engagement-records';
import { defaultAppSettings } from '../../../shared/settings/app-settings';
import { readZipEntry } from './read-zip-entry';

const settings = defaultAppSettings;
import { spawnSourceDocumentWorker } from './source-document-worker';

let worker: DocumentWorker | undefined;
afterEach(async () => {
  await worker?.close();
  worker = undefined;
});

/** Starts the worker client from the source, keeping each worker it spawns for the test to see. */
function watchWorkers(options: { idleMs?: number } = {}) {
  const workers: Worker[] = [];
  const client = createDocumentWorker({
    spawn: () => {
      const started = spawnSourceDocumentWorker();
      workers.push(started);
      return started;
    },
    ...options,
  });
  worker = client;
  return { client, workers };
}

/** The document's body: the packed file also holds its creation time, which differs per build. */
const body = (bytes: Uint8Array) => readZipEntry(Buffer.from(bytes), 'word/document.xml');

describe('the document worker', () => {
  it('builds the same document as a build on the calling thread', async () => {
    worker = createDocumentWorker({ spawn: spawnSourceDocumentWorker });
    const job: DocumentJob = { kind: 'agenda', snapshot: agendaSnapshot(), settings };
    expect(body(await worker.build(job))).toBe(body(await buildDocumentBytes(job)));
  }, 60_000);

  it('keeps the main thread responsive while a long marketing plan is laid out', async () => {
    worker = createDocumentWorker({ spawn: spawnSourceDocumentWorker });
    // Loaded first, so the ticks below fall in the build itself, not in compiling the worker.
    await worker.build({ kind: 'agenda', snapshot: agendaSnapshot(), settings });
    // About 70 pages without charts: laying them out and packing is synchronous work, which on
    // the main thread would hold every timer (and, in the app, every menu and dialog) until done.
    const plan = { ...fullEngagementPlan(), charts: [] };
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 20);
    try {
      const bytes = await worker.build({ kind: 'marketing-plan', snapshot: plan, settings });
      expect(body(bytes)).toContain('Work-backwards plan');
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(0);
  }, 120_000);

  it('fails a job with the reason and goes on building the next', async () => {
    worker = createDocumentWorker({ spawn: spawnSourceDocumentWorker });
    const unparsable = {
      ...fullEngagementPlan(),
      charts: [{ kind: 'emotion-curve', data: { nonsense: true } }],
    };
    await expect(
      worker.build({ kind: 'marketing-plan', snapshot: unparsable, settings }),
    ).rejects.toThrow(/Emotion curve chart cannot be drawn/);
    const bytes = await worker.build({ kind: 'agenda', snapshot: agendaSnapshot(), settings });
    expect(body(bytes)).toContain('Kick-off session');
  }, 60_000);

  it('fails the jobs in flight when the worker stops, and starts a fresh one for the next', async () => {
    let started = 0;
    worker = createDocumentWorker({
      spawn: () => {
        started += 1;
        return started === 1
          ? new Worker('process.exit(3)', { eval: true })
          : spawnSourceDocumentWorker();
      },
    });
    await expect(
      worker.build({ kind: 'agenda', snapshot: agendaSnapshot(), settings }),
    ).rejects.toThrow('The document worker stopped (exit code 3) before it finished.');
    await expect(
      worker.build({ kind: 'agenda', snapshot: agendaSnapshot(), settings }),
    ).resolves.toBeInstanceOf(Uint8Array);
    expect(started).toBe(2);
  }, 60_000);

  it('stops when idle and starts again on the next job; prepare starts it ahead of a job', async () => {
    const { client, workers } = watchWorkers({ idleMs: 50 });
    client.prepare();
    expect(workers).toHaveLength(1);
    await new Promise((resolve) => workers[0]?.once('exit', resolve));
    await client.build({ kind: 'agenda', snapshot: agendaSnapshot(), settings });
    expect(workers).toHaveLength(2);
  }, 60_000);

  it('tells each stage of a marketing plan as it starts', async () => {
    worker = createDocumentWorker({ spawn: spawnSourceDocumentWorker });
    const stages: string[] = [];
    await worker.build(
      { kind: 'marketing-plan', snapshot: { ...fullEngagementPlan(), charts: [] }, settings },
      { onStage: (stage) => stages.push(stage) },
    );
    expect(stages).toEqual(['drawing-charts', 'laying-out', 'packing']);
  }, 120_000);

  it('stops the worker when its only job is cancelled, and builds the next on a fresh one', async () => {
    const { client, workers } = watchWorkers();
    const controller = new AbortController();
    const cancelled = client.build(
      { kind: 'marketing-plan', snapshot: fullEngagementPlan(), settings },
      { signal: controller.signal, onStage: () => controller.abort() },
    );
    await expect(cancelled).rejects.toBeInstanceOf(DocumentCancelledError);
    const exited = await new Promise<number>((resolve) => workers[0]?.once('exit', resolve));
    expect(exited).toBe(1);
    await expect(
      client.build({ kind: 'agenda', snapshot: agendaSnapshot(), settings }),
    ).resolves.toBeInstanceOf(Uint8Array);
    expect(workers).toHaveLength(2);
  }, 120_000);

  it('drops a cancelled job and finishes the other one in flight on the same worker', async () => {
    const { client, workers } = watchWorkers();
    const controller = new AbortController();
    const kept = client.build({ kind: 'agenda', snapshot: agendaSnapshot(), settings });
    const dropped = client.build(
      { kind: 'marketing-plan', snapshot: { ...fullEngagementPlan(), charts: [] }, settings },
      { signal: controller.signal },
    );
    controller.abort();
    await expect(dropped).rejects.toBeInstanceOf(DocumentCancelledError);
    expect(body(await kept)).toContain('Kick-off session');
    expect(workers).toHaveLength(1);
  }, 120_000);

  it('refuses a job whose signal is already aborted, without starting a worker', async () => {
    let started = 0;
    worker = createDocumentWorker({
      spawn: () => {
        started += 1;
        return spawnSourceDocumentWorker();
      },
    });
    await expect(
      worker.build(
        { kind: 'agenda', snapshot: agendaSnapshot(), settings },
        { signal: AbortSignal.abort() },
      ),
    ).rejects.toBeInstanceOf(DocumentCancelledError);
    expect(started).toBe(0);
  });
});
