import { problemLines } from '../engagement-file/problems';
import { engagementTemplateSchema, type EngagementTemplate } from './engagement-template';

export type TemplateCheck =
  | { ok: true; template: EngagementTemplate }
  /** Readable lines, "where: what is wrong", the first ones first. */
  | { ok: false; problems: string[] };

const listNames: Record<string, string> = {
  agenda: 'agenda item',
  journeyPhases: 'journey phase',
  objectives: 'objective',
  campaigns: 'campaign',
};

/**
 * "journey phase 3, name" for journeyPhases[2].name; nothing for a whole list (its messages name
 * it: "A template can have at most 20 journey phases…"); "session › lengthMinutes" otherwise.
 */
function where(path: readonly PropertyKey[]): PropertyKey[] {
  const [list, index, ...rest] = path;
  const label = typeof list === 'string' ? listNames[list] : undefined;
  if (label && index === undefined) return [];
  if (label && typeof index === 'number')
    return [`${label} ${index + 1}${rest.length > 0 ? `, ${rest.map(String).join(' › ')}` : ''}`];
  return [...path];
}

/** Checks parsed JSON that claims to be a template; nothing is written from one that fails. */
export function checkTemplate(input: unknown): TemplateCheck {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, problems: ['This is not a Session Studio template.'] };
  const parsed = engagementTemplateSchema.safeParse(input);
  if (parsed.success) return { ok: true, template: parsed.data };
  return {
    ok: false,
    problems: problemLines(
      parsed.error.issues.map((issue) => ({
        path: where(issue.path),
        message:
          issue.code === 'unrecognized_keys'
            ? `${issue.keys.map((key) => `“${key}”`).join(', ')} ${issue.keys.length === 1 ? 'is not a field' : 'are not fields'} a template can have.`
            : issue.message,
      })),
    ),
  };
}
