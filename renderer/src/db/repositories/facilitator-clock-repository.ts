import {
  actualMinutesToRecord,
  type ClockState,
} from '../../../../shared/domain/facilitator-clock';
import {
  clockStateOf,
  facilitatorClockSchema,
  type FacilitatorClock,
} from '../../../../shared/domain/facilitator-clock-record';
import { db } from '../database';
import { trackSave } from '../save-status';
import { agendaRepository } from './agenda-repository';
import { validate } from './validation';

const clocks = () => db.table<FacilitatorClock, string>('facilitatorClocks');

interface SessionRef {
  id: string;
  engagementId: string;
}

/** A change of the clock: the stored state and the agenda's item ids in, the next state out. */
export type ClockTransition = (state: ClockState, itemIds: readonly string[]) => ClockState;

/**
 * Facilitator mode's clock, one record per session. Each change is stored together with the
 * actual minutes it implies on the agenda items, in one transaction: a window that crashes
 * mid-session loses neither the running clock nor the minutes recorded so far.
 */
export const facilitatorClockRepository = {
  async get(sessionId: string): Promise<FacilitatorClock | null> {
    return (await clocks().get(sessionId)) ?? null;
  },

  /** Applies a change at `now` and records every item's actual minutes that it alters. */
  async apply(session: SessionRef, change: ClockTransition, now = Date.now()): Promise<void> {
    await trackSave(
      db.transaction('rw', clocks(), db.agendaItems, async () => {
        const items = await agendaRepository.listForSession(session.id);
        const before = clockStateOf(await clocks().get(session.id));
        const state = change(
          before,
          items.map((item) => item.id),
        );
        if (state !== before) {
          await clocks().put(
            validate(facilitatorClockSchema, {
              ...state,
              sessionId: session.id,
              engagementId: session.engagementId,
              updatedAt: now,
            }),
          );
        }
        for (const write of actualMinutesToRecord(state, items, now))
          await agendaRepository.update(write.id, { actualMinutes: write.actualMinutes });
      }),
    );
  },

  /** Forgets the session's timings: the clock and every recorded actual minute. */
  async reset(sessionId: string): Promise<void> {
    await trackSave(
      db.transaction('rw', clocks(), db.agendaItems, async () => {
        await clocks().delete(sessionId);
        for (const item of await agendaRepository.listForSession(sessionId))
          if (item.actualMinutes !== null)
            await agendaRepository.update(item.id, { actualMinutes: null });
      }),
    );
  },
};
