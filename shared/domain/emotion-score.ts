import { z } from 'zod';
import { emotionScore } from './journey-phase';
import { entityId, timestamp } from './text-fields';

/**
 * One persona's emotion in one phase of the journey. A phase's own `emotion` is the typical
 * customer's; each persona scored here draws its own curve. No row means "not scored".
 */
export const personaEmotionScoreSchema = z.object({
  id: entityId,
  engagementId: entityId,
  phaseId: entityId,
  personaId: entityId,
  score: emotionScore,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type PersonaEmotionScore = z.infer<typeof personaEmotionScoreSchema>;
