import { z } from 'zod';
import { wordListSchema } from './brand-words';
import { limits } from './limits';
import { entityId, optionalText, requiredName, timestamp } from './text-fields';
import { emptyToneProfile, toneProfileSchema, type ToneProfile } from './tone';

/** More traits than this and nobody remembers the personality. */
export const maxBrandTraits = 20;
/** Readable on screen and in the chart; a brand rarely speaks on more. */
export const maxBrandChannels = 20;
/** Short enough to label a row of the chart. */
export const maxChannelNameLength = 60;

/** The channels a brand usually speaks on; the consultant renames, adds, removes and reorders. */
export const defaultBrandChannelNames = [
  'Social media',
  'Website',
  'PR',
  'Advertising',
  'Email',
  'Sales material',
] as const;

/** The brand's own tone of voice and its vocabulary: one record per engagement. */
export const brandProfileSchema = z.object({
  engagementId: entityId,
  tone: toneProfileSchema,
  wordsToUse: wordListSchema('Words to use'),
  wordsToAvoid: wordListSchema('Words to avoid'),
  updatedAt: timestamp,
});
export type BrandProfile = z.infer<typeof brandProfileSchema>;

export const brandProfileEditableSchema = brandProfileSchema.pick({
  tone: true,
  wordsToUse: true,
  wordsToAvoid: true,
});

export function emptyBrandProfile(engagementId: string): BrandProfile {
  return {
    engagementId,
    tone: emptyToneProfile(),
    wordsToUse: [],
    wordsToAvoid: [],
    updatedAt: 0,
  };
}

/** One trait as a pair: "we are confident" / "we are not arrogant". */
export const brandTraitSchema = z.object({
  id: entityId,
  engagementId: entityId,
  position: z.number().finite(),
  weAre: optionalText('“We are”', limits.name),
  weAreNot: optionalText('“We are not”', limits.name),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type BrandTrait = z.infer<typeof brandTraitSchema>;

export const brandTraitEditableSchema = brandTraitSchema.pick({ weAre: true, weAreNot: true });
export type BrandTraitEditable = z.infer<typeof brandTraitEditableSchema>;

/** A channel the brand speaks on, with how it sounds there today. */
export const brandChannelSchema = z.object({
  id: entityId,
  engagementId: entityId,
  position: z.number().finite(),
  name: requiredName('Channel name', maxChannelNameLength),
  tone: toneProfileSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type BrandChannel = z.infer<typeof brandChannelSchema>;

export const brandChannelEditableSchema = brandChannelSchema.pick({ name: true, tone: true });
export type BrandChannelEditable = z.infer<typeof brandChannelEditableSchema>;

export function newBrandChannel(name: string, tone: ToneProfile = emptyToneProfile()) {
  return { name, tone };
}
