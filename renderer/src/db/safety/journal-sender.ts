import { safetyLimits } from '../../../../shared/data/safety-limits';
import type {
  JournalAcknowledgement,
  JournalBatch,
  JournalChange,
} from '../../../../shared/data/safety-copy-schemas';
import type { IpcResult } from '../../../../shared/ipc/result';
import type { SafetyCopyProgress } from '../save-status';

export type AppendToSafetyCopy = (
  batch: JournalBatch,
) => Promise<IpcResult<JournalAcknowledgement>>;

interface SenderOptions {
  append: () => AppendToSafetyCopy;
  report: (progress: SafetyCopyProgress) => void;
  retryMs?: number;
  /** An answer slower than this counts as a failure; the batch is sent again. */
  timeoutMs?: number;
}

const idOf = (change: JournalChange) => `${change.table}\u0000${change.key}`;

/**
 * Sends committed changes to main's journal, one batch at a time. Changes that arrive while a batch
 * is on its way wait in a map by row, so a burst of edits to one field becomes one change, and the
 * next batch carries everything that piled up. Nothing is dropped on failure: the batch goes back
 * (unless a newer change to the same row arrived) and is sent again on the next write or after
 * `retryMs`. A batch main refuses as invalid is halved until the refused row is found; that row is
 * reported (it stays in IndexedDB), and the others go on.
 */
export function createJournalSender({
  append,
  report,
  retryMs = 5_000,
  timeoutMs = 20_000,
}: SenderOptions) {
  const waiting = new Map<string, JournalChange>();
  const halves: JournalChange[][] = [];
  const refused = new Map<string, string>();
  let inFlight: JournalChange[] | null = null;
  let problem: string | null = null;
  let sending = false;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let seq = 0;
  const client = crypto.randomUUID();

  function publish() {
    const count =
      waiting.size + (inFlight?.length ?? 0) + halves.reduce((sum, half) => sum + half.length, 0);
    const refusal = refused.values().next().value;
    report({
      waiting: count,
      problem:
        problem !== null
          ? `kept on this laptop, but not yet in the safety copy: ${problem} Session Studio keeps trying.`
          : refusal !== undefined
            ? `kept on this laptop, but the safety copy refused it: ${refusal}`
            : null,
    });
  }

  function nextBatch(): JournalChange[] | null {
    const half = halves.shift();
    if (half) return half;
    if (waiting.size === 0) return null;
    const batch = [...waiting.values()].slice(0, safetyLimits.changesPerBatch);
    for (const change of batch) waiting.delete(idOf(change));
    return batch;
  }

  function putBack(changes: JournalChange[]) {
    for (const change of changes) if (!waiting.has(idOf(change))) waiting.set(idOf(change), change);
  }

  async function send(changes: JournalChange[]) {
    inFlight = changes;
    seq += 1;
    publish();
    const result = await withTimeout(
      append()({ client, seq, at: Date.now(), changes }),
      timeoutMs,
    ).catch((error: unknown) => ({
      ok: false as const,
      error: {
        code: 'failed' as const,
        message: error instanceof Error ? error.message : String(error),
      },
    }));
    inFlight = null;
    if (result.ok) {
      problem = null;
      for (const change of changes) refused.delete(idOf(change));
    } else if (result.error.code === 'invalid-request') {
      if (changes.length > 1) {
        const middle = Math.ceil(changes.length / 2);
        halves.unshift(changes.slice(0, middle), changes.slice(middle));
      } else {
        const [change] = changes;
        if (change)
          refused.set(
            idOf(change),
            result.error.message.replace(/^Session Studio refused the request: /, ''),
          );
      }
    } else {
      problem = result.error.message;
      putBack(changes);
      scheduleRetry();
      publish();
      return;
    }
    publish();
    kick();
  }

  function scheduleRetry() {
    if (retry) return;
    retry = setTimeout(() => {
      retry = null;
      kick();
    }, retryMs);
  }

  function kick() {
    if (!sending || inFlight) return;
    if (retry) {
      clearTimeout(retry);
      retry = null;
    }
    const batch = nextBatch();
    if (batch) void send(batch);
  }

  return {
    /** Committed changes, in commit order; a later change to a row replaces an earlier one. */
    record(changes: readonly JournalChange[]) {
      for (const change of changes) {
        waiting.delete(idOf(change));
        waiting.set(idOf(change), change);
      }
      publish();
      kick();
    },
    /** Until started, changes only wait: the startup check runs first. */
    start() {
      sending = true;
      kick();
    },
    /** Resolves once nothing is waiting or on its way (or the sender is stuck on a problem). */
    async settled(): Promise<void> {
      while (sending && (inFlight || waiting.size > 0 || halves.length > 0) && problem === null)
        await new Promise((resolve) => setTimeout(resolve, 5));
    },
  };
}

export type JournalSender = ReturnType<typeof createJournalSender>;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('Session Studio’s main process did not answer in time.')),
      ms,
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
