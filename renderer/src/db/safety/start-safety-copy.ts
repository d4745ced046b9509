import type { SafetyStatus } from '../../../../shared/data/safety-copy-schemas';
import type { Engagement } from '../../../../shared/domain/engagement';
import { libraryDigest } from '../../../../shared/data/units';
import { db } from '../database';
import { engagementRepository } from '../repositories/engagement-repository';
import { platformApi } from '../../platform/session-studio-api';
import { reportSafetyCopy } from '../save-status';
import { readInstalledDatabase } from './installed-database';
import { createJournalSender } from './journal-sender';
import { journalRecorder } from './journal-recorder';
import { readLocalDigests, reconcileWithMain, type ReconcileOutcome } from './reconcile';
import { upgradePending } from './upgrade-backup';

export interface SafetyNotice {
  tone: 'warning' | 'info';
  text: string;
}

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** What the consultant is told after the startup check, in plain words; null when all was well. */
export function startupNotice(
  outcome: ReconcileOutcome,
  status: SafetyStatus,
): SafetyNotice | null {
  const sentences: string[] = [];
  if (outcome.restoredEngagements > 0)
    sentences.push(
      `Session Studio restored ${plural(outcome.restoredEngagements, 'engagement', 'engagements')} from its safety copy after the local database was lost.`,
    );
  else if (outcome.restoredRows > 0)
    sentences.push(
      `Session Studio restored ${plural(outcome.restoredRows, 'recent change', 'recent changes')} from its safety copy that the local database had lost.`,
    );
  if (outcome.bothEmpty)
    sentences.push(
      `Session Studio has kept client data on this laptop, but found neither its database nor its safety copy. Look for backups in ${status.folder}.`,
    );
  if (status.notice) sentences.push(status.notice);
  return sentences.length > 0 ? { tone: 'warning', text: sentences.join(' ') } : null;
}

export const journalSender = createJournalSender({
  append: () => platformApi().appendToSafetyCopy,
  report: reportSafetyCopy,
});

let started: Promise<SafetyNotice | null> | null = null;

/** The engagements read beside the check, kept only when the check wrote nothing here. */
let engagementsAtStart: Engagement[] | undefined;

/**
 * The home's first list, read while main answered the startup check: handed out once, so the
 * home shows it on the first frame after the check instead of asking IndexedDB again.
 */
export function takeEngagementsReadAtStart(): Engagement[] | undefined {
  const list = engagementsAtStart;
  engagementsAtStart = undefined;
  return list;
}

async function start(): Promise<SafetyNotice | null> {
  const api = platformApi();
  // Outside the desktop app (a plain browser, component tests) there is no main to copy to.
  if (typeof api.getSafetyCopyStatus !== 'function') return null;
  // Before a schema upgrade rewrites anything, an automatic backup of the state as it was.
  if (await upgradePending().catch(() => false)) {
    const backup = await api.takeBackup({ reason: 'schema-migration' });
    if (!backup.ok && backup.error.code !== 'unavailable')
      console.error('[safety] no backup before the upgrade:', backup.error.message);
  }
  // Record from now on; sending waits until the check below has brought both copies in step.
  journalRecorder.setSink((changes) => journalSender.record(changes));
  // The home waits for this check. One small row per engagement here; main is asked only whether
  // its library digest agrees, so one value crosses IPC whatever the library holds.
  // Read by the entry while the app loaded, when opening the database upgrades nothing: main is
  // asked at once, while Dexie opens, and the home's first list is that read's.
  const installed = await readInstalledDatabase();
  const asFound = installed?.version === db.verno * 10 ? installed : null;
  const foundDigests = asFound?.unitDigests;
  const local = foundDigests ? db.open().then(() => foundDigests) : readLocalDigests();
  local.catch(() => undefined);
  // Otherwise the home's list once the database is open (and upgraded), beside main's answer.
  const listed = local.then(
    () => asFound?.presentEngagements ?? engagementRepository.listPresent(),
  );
  listed.catch(() => undefined);
  const asked = await (foundDigests ? Promise.resolve(foundDigests) : local).then(
    (digests) => ({ libraryDigest: libraryDigest(digests) }),
    // Unreadable here: main's full status, and the comparison below says what went wrong.
    () => null,
  );
  const status = await api.getSafetyCopyStatus(asked);
  if (!status.ok) {
    if (status.error.code === 'unavailable') {
      journalRecorder.setSink(null);
      return null;
    }
    journalSender.start();
    return {
      tone: 'warning',
      text: `Session Studio could not check its safety copy: ${status.error.message}`,
    };
  }
  try {
    const outcome = await reconcileWithMain(
      status.value,
      (request) => api.readSafetyCopyPage(request),
      await local,
    );
    journalSender.record(outcome.toSend);
    // Rows written here from main would make that list out of date: the home reads its own.
    if (outcome.restoredRows === 0 && outcome.removedRows === 0)
      engagementsAtStart = await listed.catch(() => undefined);
    return startupNotice(outcome, status.value);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      tone: 'warning',
      text: `Session Studio could not compare its database with its safety copy: ${reason}`,
    };
  } finally {
    journalSender.start();
  }
}

/**
 * Runs once, before anything is shown: compares IndexedDB with main's safety copy, rebuilds what
 * the database lost, sends main what it lacks, then keeps every later change flowing to main.
 */
export function startSafetyCopy(): Promise<SafetyNotice | null> {
  // Never rejects: the app opens whatever happens here, and says what went wrong.
  return (started ??= start().catch((error: unknown) => {
    journalSender.start();
    const reason = error instanceof Error ? error.message : String(error);
    return { tone: 'warning', text: `Session Studio could not check its safety copy: ${reason}` };
  }));
}
