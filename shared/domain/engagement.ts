import { z } from 'zod';
import { limits } from './limits';
import { entityId, isoDate, optionalText, requiredName, timestamp } from './text-fields';

/** What the consultant types to start an engagement: one client project. */
export const engagementDetailsSchema = z.object({
  clientName: requiredName('Client name', limits.name),
  title: requiredName('Engagement title', limits.name),
  industry: optionalText('Industry', limits.name),
  consultantName: optionalText('Consultant', limits.name),
  firmName: optionalText('Firm', limits.name),
  startDate: isoDate,
});
export type EngagementDetails = z.infer<typeof engagementDetailsSchema>;

export const engagementSchema = engagementDetailsSchema.extend({
  id: entityId,
  createdAt: timestamp,
  updatedAt: timestamp,
  lastOpenedAt: timestamp,
  /** 0 while active; the archive time otherwise (an indexable number, unlike a boolean). */
  archivedAt: timestamp,
  /** 0 while present; set when deleted, so the deletion can be undone before it is purged. */
  deletedAt: timestamp,
});
export type Engagement = z.infer<typeof engagementSchema>;
