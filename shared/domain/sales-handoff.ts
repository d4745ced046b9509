import { z } from 'zod';
import { limits } from './limits';
import { entityId, optionalText, timestamp } from './text-fields';

/**
 * The hand-off from marketing to sales, so marketing helps all the way to the close: what makes a
 * lead ready for sales (criteria, an MQL and an SQL definition), who follows up within what time,
 * and what sales reports back to marketing. One per engagement.
 */
export const followUpUnits = ['hours', 'days'] as const;
export type FollowUpUnit = (typeof followUpUnits)[number];

export const followUpUnitLabels: Record<FollowUpUnit, string> = {
  hours: 'hours',
  days: 'working days',
};

/** A follow-up slower than ninety days is not a hand-off any more. */
export const maxFollowUp: Record<FollowUpUnit, number> = { hours: 24 * 90, days: 90 };

export const salesHandoffSchema = z
  .object({
    engagementId: entityId,
    /** One criterion per line: what a lead has shown or done before it goes to sales. */
    readinessCriteria: optionalText('Lead-readiness criteria', limits.longText),
    mqlDefinition: optionalText('MQL definition', limits.longText),
    sqlDefinition: optionalText('SQL definition', limits.longText),
    /** Who follows up a lead sales accepts: a person, a team or a role. */
    followUpBy: optionalText('Who follows up', limits.name),
    followUpWithin: z
      .number({ error: 'The follow-up time must be a number.' })
      .int('The follow-up time must be a whole number.')
      .min(1, 'The follow-up time must be at least 1.')
      .nullable(),
    followUpUnit: z.enum(followUpUnits, { error: 'Choose hours or working days.' }),
    /** What sales reports back to marketing, and how often. */
    salesReportsBack: optionalText('What sales reports back', limits.longText),
    updatedAt: timestamp,
  })
  .superRefine((sheet, context) => {
    const max = maxFollowUp[sheet.followUpUnit];
    if (sheet.followUpWithin !== null && sheet.followUpWithin > max)
      context.addIssue({
        code: 'custom',
        path: ['followUpWithin'],
        message: `A follow-up can be at most ${max.toLocaleString('en')} ${followUpUnitLabels[sheet.followUpUnit]}.`,
      });
  });
export type SalesHandoff = z.infer<typeof salesHandoffSchema>;

export const salesHandoffEditableSchema = z.object({
  readinessCriteria: optionalText('Lead-readiness criteria', limits.longText),
  mqlDefinition: optionalText('MQL definition', limits.longText),
  sqlDefinition: optionalText('SQL definition', limits.longText),
  followUpBy: optionalText('Who follows up', limits.name),
  followUpWithin: z.number().int().min(1).nullable(),
  followUpUnit: z.enum(followUpUnits),
  salesReportsBack: optionalText('What sales reports back', limits.longText),
});
export type SalesHandoffEditable = z.infer<typeof salesHandoffEditableSchema>;

export function emptySalesHandoff(engagementId: string): SalesHandoff {
  return {
    engagementId,
    readinessCriteria: '',
    mqlDefinition: '',
    sqlDefinition: '',
    followUpBy: '',
    followUpWithin: null,
    followUpUnit: 'hours',
    salesReportsBack: '',
    updatedAt: 0,
  };
}

/** The criteria as a list: one per non-empty line, trimmed. */
export function criteriaLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*[-•*]\s*/, '').trim())
    .filter((line) => line !== '');
}

/** "Within 24 hours, by Inside sales (Ola)"; '' when neither is given. */
export function followUpText(
  sheet: Pick<SalesHandoff, 'followUpBy' | 'followUpWithin' | 'followUpUnit'>,
): string {
  const who = sheet.followUpBy.trim();
  const within =
    sheet.followUpWithin === null
      ? ''
      : `within ${sheet.followUpWithin.toLocaleString('en')} ${
          sheet.followUpWithin === 1
            ? followUpUnitLabels[sheet.followUpUnit].replace(/s$/, '')
            : followUpUnitLabels[sheet.followUpUnit]
        }`;
  if (who && within) return `${who} follows up ${within}.`;
  if (who) return `${who} follows up.`;
  if (within) return `Followed up ${within}.`;
  return '';
}
