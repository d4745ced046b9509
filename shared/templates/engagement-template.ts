import { z } from 'zod';
import { agendaMinutes } from '../domain/agenda';
import { campaignTypes, maxCampaigns } from '../domain/campaign';
import { maxJourneyPhases } from '../domain/journey-phase';
import { limits } from '../domain/limits';
import { maxObjectives, objectiveDirections, unitMaxLength } from '../domain/objective';
import { sessionLengthMinutes } from '../domain/session';
import { optionalText, requiredName } from '../domain/text-fields';

/** What a template file says it is, so no other JSON file is taken for one. */
export const templateFormat = 'session-studio-template';
export const templateVersion = 1;

/** Far beyond a real template (a few kilobytes); refused before it is read. */
export const maxTemplateBytes = 256 * 1024;

/** "A template can have at most 20 journey phases; this one has 25." */
const many = (what: string, max: number) => ({
  error: (issue: { input?: unknown }) =>
    `A template can have at most ${max} ${what}; this one has ${Array.isArray(issue.input) ? issue.input.length : 'more'}.`,
});

/**
 * A way to start an engagement: the first session's timed agenda, the journey's phases, suggested
 * objectives (as a client would first state them: the room refines them) and campaign skeletons,
 * each tied to a phase by its name. Limits are the worksheets' own, so what a template holds can
 * always be written.
 */
export const engagementTemplateSchema = z
  .strictObject({
    format: z.literal(templateFormat, {
      error: `This is not a Session Studio template (it does not say “format”: “${templateFormat}”).`,
    }),
    version: z.literal(templateVersion, {
      error: `This Session Studio reads templates of version ${templateVersion} only.`,
    }),
    name: requiredName('The template’s name', limits.name),
    description: optionalText('The description', limits.shortText),
    session: z.strictObject({
      title: requiredName('The session title', limits.name),
      lengthMinutes: sessionLengthMinutes,
    }),
    agenda: z
      .array(
        z.strictObject({
          title: requiredName('An agenda item', limits.shortText),
          minutes: agendaMinutes,
        }),
      )
      .max(limits.agendaItems, many('agenda items', limits.agendaItems)),
    journeyPhases: z
      .array(
        z.strictObject({
          name: requiredName('A phase name', limits.name),
          customerGoal: optionalText('Customer goal', limits.shortText),
          questions: optionalText('Questions', limits.longText),
          kpi: optionalText('KPI', limits.shortText),
        }),
      )
      .min(1, 'A template needs at least one journey phase.')
      .max(maxJourneyPhases, many('journey phases', maxJourneyPhases)),
    objectives: z
      .array(
        z.strictObject({
          statement: requiredName('An objective', limits.shortText),
          metric: optionalText('Metric', limits.name),
          direction: z.enum(objectiveDirections, { error: 'Choose increase or decrease.' }),
          unit: optionalText('Unit', unitMaxLength),
        }),
      )
      .max(maxObjectives, many('objectives', maxObjectives)),
    campaigns: z
      .array(
        z.strictObject({
          name: requiredName('A campaign name', limits.name),
          type: z
            .enum(campaignTypes, {
              error: 'Choose awareness, lead-generation, nurture, conversion or retention.',
            })
            .nullable(),
          /** The name of the journey phase it moves people through. */
          phase: requiredName('The campaign’s phase', limits.name),
          goal: optionalText('Goal', limits.shortText),
          kpi: optionalText('KPI', limits.shortText),
          channels: optionalText('Channels', limits.shortText),
        }),
      )
      .max(maxCampaigns, many('campaigns', maxCampaigns)),
  })
  .superRefine((template, context) => {
    const names = template.journeyPhases.map((phase) => phase.name.toLocaleLowerCase('en'));
    names.forEach((name, index) => {
      if (names.indexOf(name) !== index)
        context.addIssue({
          code: 'custom',
          path: ['journeyPhases', index, 'name'],
          message: `“${template.journeyPhases[index]?.name}” is the name of another phase too; each phase needs its own.`,
        });
    });
    template.campaigns.forEach((campaign, index) => {
      if (!names.includes(campaign.phase.toLocaleLowerCase('en')))
        context.addIssue({
          code: 'custom',
          path: ['campaigns', index, 'phase'],
          message: `“${campaign.phase}” is not one of the template’s journey phases.`,
        });
    });
    const planned = template.agenda.reduce((sum, item) => sum + item.minutes, 0);
    if (planned > template.session.lengthMinutes)
      context.addIssue({
        code: 'custom',
        path: ['agenda'],
        message: `The agenda takes ${planned} minutes, more than the session’s ${template.session.lengthMinutes}.`,
      });
  });

export type EngagementTemplate = z.infer<typeof engagementTemplateSchema>;
export type EngagementTemplateInput = z.input<typeof engagementTemplateSchema>;
