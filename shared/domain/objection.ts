import { z } from 'zod';
import { limits } from './limits';
import { entityId, optionalText, timestamp } from './text-fields';

/** How often sales hears an objection: words a room agrees on faster than a count. */
export const objectionFrequencies = ['often', 'sometimes', 'rarely'] as const;
export type ObjectionFrequency = (typeof objectionFrequencies)[number];

export const objectionFrequencyLabels: Record<ObjectionFrequency, string> = {
  often: 'Often',
  sometimes: 'Sometimes',
  rarely: 'Rarely',
};

export const maxObjections = 50;

/** An objection the buyer raises, with the answer sales and marketing agreed to give. */
export const objectionSchema = z.object({
  id: entityId,
  engagementId: entityId,
  position: z.number().finite(),
  objection: optionalText('Objection', limits.shortText),
  answer: optionalText('Agreed answer', limits.longText),
  frequency: z.enum(objectionFrequencies, { error: 'Choose often, sometimes or rarely.' }),
  /** The journey phase where buyers raise it, shown in that phase on the map; '' when not said. */
  phaseId: z.string().max(64),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Objection = z.infer<typeof objectionSchema>;

export const objectionEditableSchema = objectionSchema.pick({
  objection: true,
  answer: true,
  frequency: true,
  phaseId: true,
});
export type ObjectionEditable = z.infer<typeof objectionEditableSchema>;

/** The most often heard first; within the same frequency the consultant's order is kept. */
export function sortByFrequency<T extends Pick<Objection, 'frequency'>>(items: readonly T[]): T[] {
  const rank = (item: T) => objectionFrequencies.indexOf(item.frequency);
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
    .map(({ item }) => item);
}
