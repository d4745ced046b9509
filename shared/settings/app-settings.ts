import { z } from 'zod';
import { logoSchema } from '../branding/logo';
import { limits } from '../domain/limits';
import { optionalText } from '../domain/text-fields';

/** How dates read in the deliverables. */
export const dateStyles = ['day-month-year', 'month-day-year', 'iso'] as const;
export type DateStyle = (typeof dateStyles)[number];

/**
 * The consultant's own settings, the same for every engagement: the firm's name and logo, their
 * own name and how dates read. Kept by main (settings.json in the user-data folder), not with any
 * client's data.
 */
export const appSettingsSchema = z.object({
  firmName: optionalText('Firm name', limits.name),
  consultantName: optionalText('Your name', limits.name),
  dateStyle: z.enum(dateStyles, { error: 'Choose one of the date styles offered.' }),
  firmLogo: logoSchema.nullable(),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

export const defaultAppSettings: AppSettings = {
  firmName: '',
  consultantName: '',
  dateStyle: 'day-month-year',
  firmLogo: null,
};

/** What the settings screen changes by typing; the logo has its own doors (choose, remove). */
export const appSettingsPatchSchema = appSettingsSchema
  .pick({ firmName: true, consultantName: true, dateStyle: true })
  .partial();
export type AppSettingsPatch = z.infer<typeof appSettingsPatchSchema>;
