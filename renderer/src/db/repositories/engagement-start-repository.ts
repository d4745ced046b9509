import { engagementFileContentSchema } from '../../../../shared/engagement-file/file-schema';
import type { EngagementFileContent } from '../../../../shared/engagement-file/format';
import {
  pastEngagementContent,
  type PastEngagementKeep,
} from '../../../../shared/engagement-file/past-engagement-copy';
import { problemLines } from '../../../../shared/engagement-file/problems';
import {
  planNewEngagement,
  type EngagementStart,
} from '../../../../shared/engagement-file/start-engagement';
import { checkTemplate } from '../../../../shared/templates/check-template';
import { templateContent } from '../../../../shared/templates/template-content';
import { engagementFileRepository } from './engagement-file-repository';
import { newId, ValidationError } from './validation';

export type StartInput = Omit<EngagementStart, 'now' | 'newId'>;

export interface Started {
  engagementId: string;
  sessionId: string;
}

/** Every row checked as an engagement file's rows are, then written whole, or nothing is. */
async function write(
  made: { content: EngagementFileContent; sessionId: string },
  input: StartInput,
  now: number,
  refusal: string,
): Promise<Started> {
  const plan = planNewEngagement(made.content, { ...input, now, newId });
  const { engagements, ...tables } = plan.rows;
  const checked = engagementFileContentSchema.safeParse({ engagement: engagements[0], tables });
  if (!checked.success)
    throw new ValidationError(
      [refusal, ...problemLines(checked.error.issues), 'Nothing was written.'].join('\n'),
    );
  await engagementFileRepository.writePlan(plan);
  return { engagementId: plan.engagementId, sessionId: made.sessionId };
}

/** Starts an engagement from a template, or from a past engagement for a returning client. */
export const engagementStartRepository = {
  /** `template` is checked here again: it crossed from main, and a damaged one writes nothing. */
  async fromTemplate(template: unknown, input: StartInput): Promise<Started> {
    const checked = checkTemplate(template);
    if (!checked.ok)
      throw new ValidationError(
        ['This template cannot be used:', ...checked.problems, 'Nothing was written.'].join('\n'),
      );
    const now = Date.now();
    return write(
      templateContent(checked.template, { ...input, now, newId }),
      input,
      now,
      `The template “${checked.template.name}” cannot be used:`,
    );
  },

  async fromPastEngagement(
    pastEngagementId: string,
    keep: PastEngagementKeep,
    input: StartInput,
  ): Promise<Started> {
    const past = await engagementFileRepository.gather(pastEngagementId);
    const now = Date.now();
    return write(
      pastEngagementContent(past, keep, { ...input, now, newId }),
      input,
      now,
      `“${past.engagement.clientName} — ${past.engagement.title}” cannot be copied:`,
    );
  },
};
