import { vi } from 'vitest';
import { createSafetyCopy } from '../../../../main/data/safety-copy';
import type { JournalChange } from '../../../../shared/data/safety-copy-schemas';
import { ok } from '../../../../shared/ipc/result';
import { journalRecorder } from '../../../../renderer/src/db/safety/journal-recorder';
import { safetyCopyInMain } from './safety-copy-in-main';

/** Main's copy, holding exactly the changes recorded so far, with its page reads counted. */
export async function mainHolding(changes: JournalChange[][]) {
  const copy = createSafetyCopy({
    userDataPath: safetyCopyInMain().userDataPath,
    backupAtLaunch: false,
  });
  let seq = 0;
  for (const batch of changes) {
    seq += 1;
    await copy.append({ client: 'earlier-launch', seq, at: Date.now(), changes: batch });
  }
  const read = vi.fn((request: Parameters<typeof copy.page>[0]) => copy.page(request).then(ok));
  return { copy, read, status: () => copy.status() };
}

/** Changes the database the way a crash does: behind the journal's back. */
export async function withoutJournal(committed: JournalChange[][], change: () => Promise<unknown>) {
  journalRecorder.setSink(null);
  await change();
  journalRecorder.setSink((changes) => committed.push(changes));
}
