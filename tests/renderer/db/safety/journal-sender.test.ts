import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JournalBatch, JournalChange } from '../../../../shared/data/safety-copy-schemas';
import { fail, ok, type IpcResult } from '../../../../shared/ipc/result';
import { createJournalSender } from '../../../../renderer/src/db/safety/journal-sender';
import type { SafetyCopyProgress } from '../../../../renderer/src/db/save-status';

const change = (key: string, purpose = ''): JournalChange => ({
  table: 'sessions',
  key,
  unit: 'e1',
  row: { id: key, purpose },
});

/** A stand-in for main: answers each batch as told, keeping what it acknowledged. */
function fakeMain() {
  const received: JournalBatch[] = [];
  const kept: JournalBatch[] = [];
  let answer: (batch: JournalBatch) => IpcResult<{ acknowledgedSeq: number }> = (batch) =>
    ok({ acknowledgedSeq: batch.seq });
  let gate: Promise<void> = Promise.resolve();
  return {
    received,
    kept,
    answerWith(next: typeof answer) {
      answer = next;
    },
    hold() {
      let release = () => undefined as void;
      gate = new Promise((resolve) => (release = resolve));
      return () => release();
    },
    append: async (batch: JournalBatch) => {
      received.push(batch);
      await gate;
      const result = answer(batch);
      if (result.ok) kept.push(batch);
      return result;
    },
  };
}

function senderFor(main: ReturnType<typeof fakeMain>, options: { retryMs?: number } = {}) {
  const progress: SafetyCopyProgress[] = [];
  const sender = createJournalSender({
    append: () => main.append,
    report: (next) => progress.push(next),
    ...options,
  });
  sender.start();
  return { sender, progress, last: () => progress.at(-1) };
}

afterEach(() => vi.useRealTimers());

describe('sending changes to the safety copy', () => {
  it('sends a change at once, and reports it waiting until main acknowledges it', async () => {
    const main = fakeMain();
    const release = main.hold();
    const { sender, last } = senderFor(main);
    sender.record([change('s1', 'A')]);
    expect(last()).toEqual({ waiting: 1, problem: null });
    release();
    await sender.settled();
    expect(last()).toEqual({ waiting: 0, problem: null });
    expect(main.kept.map((batch) => batch.changes)).toEqual([[change('s1', 'A')]]);
  });

  it('folds edits that pile up during a send into one change per row', async () => {
    const main = fakeMain();
    const release = main.hold();
    const { sender } = senderFor(main);
    sender.record([change('s1', 'A')]);
    for (const purpose of ['Ag', 'Agr', 'Agree']) sender.record([change('s1', purpose)]);
    sender.record([change('s2', 'B')]);
    release();
    await sender.settled();
    expect(main.kept.map((batch) => batch.changes)).toEqual([
      [change('s1', 'A')],
      [change('s1', 'Agree'), change('s2', 'B')],
    ]);
    expect(main.kept.map((batch) => batch.seq)).toEqual([1, 2]);
  });

  it('keeps a batch main could not take, says so, and sends it again later', async () => {
    vi.useFakeTimers();
    const main = fakeMain();
    main.answerWith(() => fail('failed', 'The disk is full.'));
    const { sender, last } = senderFor(main, { retryMs: 1_000 });
    sender.record([change('s1', 'A')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(last()).toEqual({
      waiting: 1,
      problem:
        'kept on this laptop, but not yet in the safety copy: The disk is full. Session Studio keeps trying.',
    });
    main.answerWith((batch) => ok({ acknowledgedSeq: batch.seq }));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(last()).toEqual({ waiting: 0, problem: null });
    expect(main.kept.flatMap((batch) => batch.changes)).toEqual([change('s1', 'A')]);
  });

  it('sends again at the next edit, with the newer content of a row', async () => {
    const main = fakeMain();
    main.answerWith(() => fail('failed', 'Main is busy.'));
    const { sender, last } = senderFor(main, { retryMs: 60_000 });
    sender.record([change('s1', 'A'), change('s2', 'B')]);
    await vi.waitFor(() => expect(last()?.problem).toMatch(/Main is busy\./));
    main.answerWith((batch) => ok({ acknowledgedSeq: batch.seq }));
    sender.record([change('s1', 'AB')]);
    await sender.settled();
    const sent = main.kept.flatMap((batch) => batch.changes);
    expect(sent.sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      change('s1', 'AB'),
      change('s2', 'B'),
    ]);
  });

  it('isolates a row main refuses, reports it, and sends every other row', async () => {
    const main = fakeMain();
    main.answerWith((batch) =>
      batch.changes.some((item) => item.key === 'bad')
        ? fail('invalid-request', 'Purpose can be at most 500 characters.')
        : ok({ acknowledgedSeq: batch.seq }),
    );
    const { sender, last } = senderFor(main);
    sender.record(['s1', 's2', 'bad', 's3', 's4'].map((key) => change(key)));
    await vi.waitFor(() => expect(last()?.waiting).toBe(0));
    expect(main.kept.flatMap((batch) => batch.changes.map((item) => item.key)).sort()).toEqual([
      's1',
      's2',
      's3',
      's4',
    ]);
    expect(last()?.problem).toBe(
      'kept on this laptop, but the safety copy refused it: Purpose can be at most 500 characters.',
    );
  });

  it('sends nothing before it is started, and everything that waited once it is', async () => {
    const main = fakeMain();
    const sender = createJournalSender({ append: () => main.append, report: () => undefined });
    sender.record([change('s1', 'A')]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(main.received).toEqual([]);
    sender.start();
    await sender.settled();
    expect(main.kept.flatMap((batch) => batch.changes)).toEqual([change('s1', 'A')]);
  });

  it('never sends more than a batch may hold', async () => {
    const main = fakeMain();
    const { sender } = senderFor(main);
    const release = main.hold();
    sender.record([change('first')]);
    sender.record(Array.from({ length: 1_200 }, (_, i) => change(`s${i}`)));
    release();
    await sender.settled();
    expect(main.kept.map((batch) => batch.changes.length)).toEqual([1, 500, 500, 200]);
  });
});
