import { z } from 'zod';
import { limits } from './limits';
import { entityId, optionalText, timestamp } from './text-fields';

export const maxCompetitors = 50;

export const threatLevels = ['low', 'medium', 'high'] as const;
export type ThreatLevel = (typeof threatLevels)[number];

export const threatLevelLabels: Record<ThreatLevel, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

/** A primary competitor as the client's sales team meets it. */
export const competitorSchema = z.object({
  id: entityId,
  engagementId: entityId,
  position: z.number().finite(),
  name: optionalText('Competitor name', limits.name),
  positioning: optionalText('Positioning', limits.shortText),
  strengths: optionalText('Strengths', limits.longText),
  weaknesses: optionalText('Weaknesses', limits.longText),
  /** How much this competitor threatens the client's plan; null until the room agrees. */
  threat: z.enum(threatLevels, { error: 'Choose low, medium or high.' }).nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Competitor = z.infer<typeof competitorSchema>;

export const competitorEditableSchema = competitorSchema.pick({
  name: true,
  positioning: true,
  strengths: true,
  weaknesses: true,
  threat: true,
});
export type CompetitorEditable = z.infer<typeof competitorEditableSchema>;

export function emptyCompetitor(name = ''): CompetitorEditable {
  return { name, positioning: '', strengths: '', weaknesses: '', threat: null };
}
