import type { MarketingPlanSnapshot } from '../../../shared/documents/marketing-plan-snapshot';
import { objectionFrequencyLabels } from '../../../shared/domain/objection';
import { perceptionVerdictLabels } from '../../../shared/domain/perception';
import { dataTable } from '../document-blocks';
import { chapter, orDash, part, toDo, whenAny, type Chapter, type PlanContext } from './chapter';

/** Sales & marketing alignment: the buyer personas, objections with answers, and perceptions. */
export function alignmentChapter(
  snapshot: MarketingPlanSnapshot,
  context: PlanContext,
): Chapter | null {
  const { look } = context;
  const { personas, objections, perceptions } = snapshot.alignment;
  const isEmpty = personas.length + objections.length + perceptions.length === 0;
  const body = [
    ...part(
      'Buyer personas',
      whenAny(personas, (list) => [
        dataTable(
          [
            { header: 'Persona', width: 18 },
            { header: 'Role', width: 18 },
            { header: 'Goals', width: 32 },
            { header: 'Mindset', width: 32 },
          ],
          list.map((persona, index) => [
            persona.name.trim() || `Persona ${index + 1}`,
            orDash(persona.role),
            orDash(persona.goals),
            orDash(persona.mindset),
          ]),
          look,
        ),
      ]),
      'No buyer personas described yet.',
      context,
    ),
    ...part(
      'Objections and agreed answers',
      whenAny(objections, (list) => [
        dataTable(
          [
            { header: 'Objection', width: 36 },
            { header: 'Agreed answer', width: 50 },
            { header: 'Heard', width: 14 },
          ],
          list.map((objection) => [
            orDash(objection.objection),
            objection.answer.trim() || toDo('No answer agreed yet', context),
            objectionFrequencyLabels[objection.frequency],
          ]),
          look,
        ),
      ]),
      'No objections listed yet.',
      context,
    ),
    ...part(
      'Perceptions',
      whenAny(perceptions, (list) => [
        dataTable(
          [
            { header: 'What buyers believe', width: 38 },
            { header: 'True?', width: 16 },
            { header: 'What to do about it', width: 46 },
          ],
          list.map((perception) => [
            orDash(perception.perception),
            perceptionVerdictLabels[perception.verdict],
            orDash(perception.response),
          ]),
          look,
        ),
      ]),
      'No perceptions listed yet.',
      context,
    ),
  ];
  return chapter(
    'Sales & marketing alignment',
    'portrait',
    isEmpty ? null : body,
    'Sales & marketing alignment has not been filled in yet.',
    context,
  );
}
