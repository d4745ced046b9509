import { z } from 'zod';
import { limits } from './limits';
import {
  clockTime,
  compareIsoDates,
  entityId,
  isoDate,
  optionalText,
  requiredName,
  timestamp,
} from './text-fields';

export const sessionLengthMinutes = z
  .number({ error: 'Session length must be a number of minutes.' })
  .int('Session length must be whole minutes.')
  .min(15, 'A session needs at least 15 minutes.')
  .max(
    limits.sessionMinutes,
    `A session can be at most ${limits.sessionMinutes} minutes (one day).`,
  );

/** A meeting within an engagement: its purpose, goals and agenda belong to it. */
export const sessionSchema = z.object({
  id: entityId,
  engagementId: entityId,
  title: requiredName('Session title', limits.name),
  date: isoDate,
  location: optionalText('Location', limits.name),
  startTime: clockTime,
  lengthMinutes: sessionLengthMinutes,
  purpose: optionalText('Purpose', limits.shortText),
  ultimateGoal: optionalText('Ultimate goal', limits.shortText),
  immediateGoals: optionalText('Immediate goals', limits.longText),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Session = z.infer<typeof sessionSchema>;

/** The fields a consultant edits in place on the Purpose & agenda worksheet. */
export const sessionEditableSchema = sessionSchema.pick({
  title: true,
  date: true,
  location: true,
  startTime: true,
  lengthMinutes: true,
  purpose: true,
  ultimateGoal: true,
  immediateGoals: true,
});
export type SessionEditable = z.infer<typeof sessionEditableSchema>;

/** Sessions as the app lists them: by date, then in the order they were added. */
export function compareSessions(a: Session, b: Session): number {
  return compareIsoDates(a.date, b.date) || a.createdAt - b.createdAt;
}
