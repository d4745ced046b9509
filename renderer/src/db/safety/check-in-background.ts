import { platformApi } from '../../platform/session-studio-api';
import { journalSender, startSafetyCopy, type SafetyNotice } from './start-safety-copy';
import { quietMoments } from './quiet-moment';
import { verifyInBackground, type BackgroundCheck } from './verify-in-background';

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** What the consultant is told after the background check: only when it found something. */
export function backgroundNotice(check: BackgroundCheck): SafetyNotice | null {
  if (check.restoredEngagements > 0)
    return {
      tone: 'warning',
      text: `A background check restored ${plural(check.restoredEngagements, 'engagement', 'engagements')} from the safety copy that the local database had lost.`,
    };
  if (check.restoredRows > 0)
    return {
      tone: 'warning',
      text: `A background check restored ${plural(check.restoredRows, 'change', 'changes')} from the safety copy that the local database had lost.`,
    };
  if (check.sent > 0)
    return {
      tone: 'info',
      text: `A background check found ${plural(check.sent, 'change', 'changes')} missing from the safety copy and copied ${check.sent === 1 ? 'it' : 'them'} there.`,
    };
  return null;
}

/** An idle period of the page where the browser has them, else the next task. */
function idlePeriod(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 2_000 });
    else setTimeout(resolve, 0);
  });
}

/**
 * After the home is on screen (and `delayMs` more, so opening an engagement is not slowed),
 * checks every engagement against the digest the start trusted; says something only when the
 * check found something. Never rejects.
 */
export async function checkInBackground(delayMs = 3_000): Promise<SafetyNotice | null> {
  const api = platformApi();
  if (typeof api.getSafetyCopyStatus !== 'function') return null;
  await startSafetyCopy();
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  try {
    const check = await verifyInBackground({
      idle: quietMoments({
        target: window,
        now: () => performance.now(),
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        idle: idlePeriod,
      }),
      status: async () => {
        await journalSender.settled();
        const status = await api.getSafetyCopyStatus(null);
        if (!status.ok) throw new Error(status.error.message);
        return status.value;
      },
      read: (request) => api.readSafetyCopyPage(request),
      send: (changes) => journalSender.record(changes),
    });
    return backgroundNotice(check);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      tone: 'warning',
      text: `Session Studio could not finish checking its database against its safety copy: ${reason}`,
    };
  }
}
