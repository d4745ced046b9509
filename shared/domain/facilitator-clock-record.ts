import { z } from 'zod';
import { idleClock, maxElapsedMs, type ClockState } from './facilitator-clock';
import { entityId, timestamp } from './text-fields';

/** More items than an agenda holds, so removed-and-restored items keep their time. */
const maxTimedItems = 500;

/** A session's facilitator clock as stored, one per session, so a reloaded window resumes it. */
export const facilitatorClockSchema = z.object({
  sessionId: entityId,
  engagementId: entityId,
  currentItemId: z.string().max(64),
  finished: z.boolean(),
  runningSince: timestamp.nullable(),
  elapsedMs: z
    .record(z.string().min(1).max(64), z.number().int().min(0).max(maxElapsedMs))
    .refine(
      (times) => Object.keys(times).length <= maxTimedItems,
      `The clock can time at most ${maxTimedItems} items.`,
    ),
  updatedAt: timestamp,
});
export type FacilitatorClock = z.infer<typeof facilitatorClockSchema>;

export function clockStateOf(record: FacilitatorClock | null | undefined): ClockState {
  if (!record) return idleClock;
  const { currentItemId, finished, runningSince, elapsedMs } = record;
  return { currentItemId, finished, runningSince, elapsedMs };
}
