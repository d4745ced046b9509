import { z } from 'zod';
import { limits } from './limits';
import { entityId, optionalText, timestamp } from './text-fields';

/** A buyer persona: used by sales & marketing alignment and by the journey map's emotion curves. */
export const personaSchema = z.object({
  id: entityId,
  engagementId: entityId,
  position: z.number().finite(),
  name: optionalText('Persona name', limits.name),
  role: optionalText('Role', limits.name),
  goals: optionalText('Goals', limits.longText),
  mindset: optionalText('Mindset', limits.longText),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Persona = z.infer<typeof personaSchema>;

export const personaEditableSchema = personaSchema.pick({
  name: true,
  role: true,
  goals: true,
  mindset: true,
});
export type PersonaEditable = z.infer<typeof personaEditableSchema>;

export const maxPersonas = 20;
