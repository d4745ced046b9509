import { z } from 'zod';
import { limits } from './limits';
import { entityId, optionalText, timestamp } from './text-fields';

/** The four SWOT lists, and the changes needed to compete that come out of them. */
export const critiqueKinds = ['strength', 'weakness', 'opportunity', 'threat', 'change'] as const;
export type CritiqueKind = (typeof critiqueKinds)[number];

export const critiqueKindLabels: Record<CritiqueKind, { one: string; many: string }> = {
  strength: { one: 'Strength', many: 'Strengths' },
  weakness: { one: 'Weakness', many: 'Weaknesses' },
  opportunity: { one: 'Opportunity', many: 'Opportunities' },
  threat: { one: 'Threat', many: 'Threats' },
  change: { one: 'Change needed', many: 'Changes needed to compete' },
};

/** Per list: a longer SWOT list stops being a look in the mirror and becomes a catalogue. */
export const maxCritiqueEntriesPerKind = 50;

/** One finding of the self-critique: a strength, weakness, opportunity, threat or needed change. */
export const critiqueEntrySchema = z.object({
  id: entityId,
  engagementId: entityId,
  position: z.number().finite(),
  kind: z.enum(critiqueKinds, {
    error: 'Choose strength, weakness, opportunity, threat or change.',
  }),
  text: optionalText('Finding', limits.shortText),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type CritiqueEntry = z.infer<typeof critiqueEntrySchema>;

export const critiqueEntryEditableSchema = critiqueEntrySchema.pick({ text: true });
export type CritiqueEntryEditable = z.infer<typeof critiqueEntryEditableSchema>;

/** How a finding reads when an action item names it as its source, within the source's limit. */
export function critiqueSourceLabel(entry: Pick<CritiqueEntry, 'kind' | 'text'>): string {
  const label = `${critiqueKindLabels[entry.kind].one}: ${entry.text.trim() || 'untitled'}`;
  return label.length <= limits.shortText ? label : `${label.slice(0, limits.shortText - 1)}…`;
}

/** The one-per-engagement part of the self-critique: two views of the brand and the positioning. */
export const critiqueSheetSchema = z.object({
  engagementId: entityId,
  selfView: optionalText('How the brand sees itself', limits.longText),
  prospectView: optionalText('How prospects see it', limits.longText),
  forWhom: optionalText('For whom', limits.shortText),
  need: optionalText('The need', limits.shortText),
  brandName: optionalText('Brand', limits.name),
  category: optionalText('Category', limits.shortText),
  benefit: optionalText('Benefit', limits.shortText),
  unlikeWhom: optionalText('Unlike whom', limits.shortText),
  difference: optionalText('What sets it apart', limits.shortText),
  updatedAt: timestamp,
});
export type CritiqueSheet = z.infer<typeof critiqueSheetSchema>;

export const critiqueSheetEditableSchema = critiqueSheetSchema.omit({
  engagementId: true,
  updatedAt: true,
});
export type CritiqueSheetEditable = z.infer<typeof critiqueSheetEditableSchema>;

export function emptyCritiqueSheet(engagementId: string): CritiqueSheet {
  return {
    engagementId,
    selfView: '',
    prospectView: '',
    forWhom: '',
    need: '',
    brandName: '',
    category: '',
    benefit: '',
    unlikeWhom: '',
    difference: '',
    updatedAt: 0,
  };
}
