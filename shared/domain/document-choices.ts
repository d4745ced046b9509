import { z } from 'zod';
import { entityId, timestamp } from './text-fields';

/**
 * The client version leaves out what is still empty and the consultant's working material (the
 * SMART-check detail, the to-dos of the plan's checks, placeholders); the working version keeps
 * everything.
 */
export const documentVersions = ['client', 'working'] as const;
export type DocumentVersion = (typeof documentVersions)[number];

export const documentVersionLabels: Record<DocumentVersion, string> = {
  client: 'Client version',
  working: 'Working version',
};

/** The marketing plan's sections, in the plan's order: what the consultant ticks before export. */
export const planSectionIds = [
  'executive-summary',
  'situation',
  'objectives',
  'alignment',
  'self-critique',
  'brand',
  'journey',
  'work-backwards',
  'campaigns',
  'action-items',
] as const;
export type PlanSectionId = (typeof planSectionIds)[number];

export const planSectionLabels: Record<PlanSectionId, string> = {
  'executive-summary': 'Executive summary',
  situation: 'Situation analysis',
  objectives: 'Objectives',
  alignment: 'Sales & marketing alignment',
  'self-critique': 'Self-critique',
  brand: 'Brand personality',
  journey: 'Customer journey',
  'work-backwards': 'Work-backwards plan',
  campaigns: 'Campaigns',
  'action-items': 'Action items',
};

export function isPlanSectionId(value: string): value is PlanSectionId {
  return (planSectionIds as readonly string[]).includes(value);
}

/** Charts as pictures (every reader shows them alike) or as Word charts the client can edit. */
export const chartStyles = ['pictures', 'native'] as const;
export type ChartStyle = (typeof chartStyles)[number];

export const planSectionsSchema = z
  .array(z.enum(planSectionIds, { error: 'That is not a section of the marketing plan.' }))
  .min(1, 'Tick at least one section of the plan.')
  .max(planSectionIds.length)
  .refine((sections) => new Set(sections).size === sections.length, 'A section is listed twice.');

/** The consultant's last choices when exporting this engagement's deliverables, remembered. */
export const documentChoicesSchema = z.object({
  engagementId: entityId,
  version: z.enum(documentVersions),
  planSections: planSectionsSchema,
  charts: z.enum(chartStyles),
  updatedAt: timestamp,
});
export type DocumentChoices = z.infer<typeof documentChoicesSchema>;

export const documentChoicesEditableSchema = documentChoicesSchema.pick({
  version: true,
  planSections: true,
  charts: true,
});
export type DocumentChoicesEditable = z.infer<typeof documentChoicesEditableSchema>;

export const defaultDocumentChoices: DocumentChoicesEditable = {
  version: 'client',
  planSections: [...planSectionIds],
  charts: 'pictures',
};

/** What a deliverable is made with: its version and, for the plan, the sections ticked. */
export const planExportChoicesSchema = z.object({
  version: z.enum(documentVersions, { error: 'The version is “client” or “working”.' }),
  sections: planSectionsSchema,
});
export type PlanExportChoices = z.infer<typeof planExportChoicesSchema>;

/** A plan made without choices keeps everything: the working version with every section. */
export const wholeWorkingPlan: PlanExportChoices = {
  version: 'working',
  sections: [...planSectionIds],
};

/**
 * The sections in the plan's order, whatever order they were ticked or typed in: a list naming
 * an unknown section gives a sentence that names it and the sections there are.
 */
export function readPlanSections(
  names: readonly string[],
): { ok: true; sections: PlanSectionId[] } | { ok: false; message: string } {
  const unknown = names.filter((name) => !isPlanSectionId(name));
  if (unknown.length > 0)
    return {
      ok: false,
      message: `The plan has no section ${unknown.map((name) => `“${name}”`).join(', ')}; its sections are ${planSectionIds.join(', ')}.`,
    };
  if (names.length === 0) return { ok: false, message: 'Tick at least one section of the plan.' };
  return { ok: true, sections: planSectionIds.filter((id) => names.includes(id)) };
}

export function emptyDocumentChoices(engagementId: string): DocumentChoices {
  return {
    engagementId,
    ...defaultDocumentChoices,
    planSections: [...planSectionIds],
    updatedAt: 0,
  };
}
