import { z } from 'zod';
import { limits } from './limits';
import { entityId, optionalText, timestamp } from './text-fields';

/** Whether the prospect meets this touch point today, or the plan still has to build it. */
export const touchPointStatuses = ['existing', 'planned'] as const;
export type TouchPointStatus = (typeof touchPointStatuses)[number];

export const touchPointStatusLabels: Record<TouchPointStatus, string> = {
  existing: 'Exists today',
  planned: 'Planned',
};

/** Channels consultants name most often; offered as suggestions, any other text is fine. */
export const suggestedChannels = [
  'Website',
  'Search',
  'Social media',
  'Email',
  'Advertising',
  'Events',
  'Webinar',
  'PR',
  'Referral',
  'Sales call',
  'Demo',
  'Customer support',
  'Community',
] as const;

/** Beyond this a phase's touch points stop being a plan and become an inventory. */
export const maxTouchPointsPerPhase = 30;

/** Where the prospect meets the brand in one phase of the journey, and who looks after it. */
export const touchPointSchema = z.object({
  id: entityId,
  engagementId: entityId,
  phaseId: entityId,
  position: z.number().finite(),
  channel: optionalText('Channel', limits.name),
  /** What the prospect sees or does there. */
  content: optionalText('Content', limits.shortText),
  owner: optionalText('Owner', limits.name),
  status: z.enum(touchPointStatuses, {
    error: 'Choose whether the touch point exists today or is planned.',
  }),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type TouchPoint = z.infer<typeof touchPointSchema>;

export const touchPointEditableSchema = touchPointSchema.pick({
  channel: true,
  content: true,
  owner: true,
  status: true,
});
export type TouchPointEditable = z.infer<typeof touchPointEditableSchema>;

export function emptyTouchPoint(): TouchPointEditable {
  return { channel: '', content: '', owner: '', status: 'planned' };
}
