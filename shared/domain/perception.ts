import { z } from 'zod';
import { limits } from './limits';
import { entityId, optionalText, timestamp } from './text-fields';

/** Whether a perception the buyer holds is true; 'unjudged' until the room has said. */
export const perceptionVerdicts = ['unjudged', 'true', 'partly', 'false'] as const;
export type PerceptionVerdict = (typeof perceptionVerdicts)[number];

export const perceptionVerdictLabels: Record<PerceptionVerdict, string> = {
  unjudged: 'Not judged yet',
  true: 'True',
  partly: 'Partly true',
  false: 'False',
};

export const maxPerceptions = 50;

/** Something buyers believe about the brand, true or not, and what to do about it. */
export const perceptionSchema = z.object({
  id: entityId,
  engagementId: entityId,
  position: z.number().finite(),
  perception: optionalText('Perception', limits.shortText),
  verdict: z.enum(perceptionVerdicts, { error: 'Choose true, partly true or false.' }),
  response: optionalText('What to do about it', limits.longText),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Perception = z.infer<typeof perceptionSchema>;

export const perceptionEditableSchema = perceptionSchema.pick({
  perception: true,
  verdict: true,
  response: true,
});
export type PerceptionEditable = z.infer<typeof perceptionEditableSchema>;
