import { z } from 'zod';
import { engagementTemplateSchema } from './engagement-template';

/** One template file as main found it: ready to use, or refused with the reasons. */
export const templateEntrySchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ready'),
    fileName: z.string(),
    template: engagementTemplateSchema,
  }),
  z.object({
    status: z.literal('refused'),
    fileName: z.string(),
    /** The template's own name when it could be read, else its file name. */
    name: z.string(),
    problems: z.array(z.string()),
  }),
]);
export type TemplateEntry = z.infer<typeof templateEntrySchema>;

export const templateListSchema = z.object({ templates: z.array(templateEntrySchema) });
export type TemplateList = z.infer<typeof templateListSchema>;

/** Templates ship in this folder of the samples resource, one JSON file each. */
export const templatesFolderName = 'templates';
