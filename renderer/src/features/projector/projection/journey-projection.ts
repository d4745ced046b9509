import {
  hasEmotionScores,
  toEmotionCurveData,
} from '../../../../../shared/charts/emotion-curve-data';
import { touchPointStatusLabels } from '../../../../../shared/domain/touch-point';
import { phaseLabel } from '../../../../../shared/planning/work-backwards';
import type { ProjectedJourney } from './projection';
import type { ProjectionOptions, ProjectionRecords } from './records';

/**
 * The journey map read-only: each phase with what the customer wants, asks and feels, its touch
 * points and the objections raised there, and the emotion curve. Who runs a touch point, whether
 * it exists yet and today's volumes are the consultant's working detail: private.
 */
export function toProjectedJourney(
  records: ProjectionRecords,
  { hidePrivate }: ProjectionOptions,
): ProjectedJourney {
  const curve = toEmotionCurveData({
    phases: records.journeyPhases,
    personas: records.personas,
    scores: records.emotionScores,
  });
  return {
    kind: 'journey-map',
    phases: records.journeyPhases.map((phase, index) => ({
      name: phaseLabel(phase.name, index),
      customerGoal: phase.customerGoal.trim(),
      questions: phase.questions.trim(),
      mindset: phase.mindset.trim(),
      emotion: phase.emotion,
      kpi: phase.kpi.trim(),
      conversionRate: phase.conversionRate,
      objections: records.objections
        .filter((objection) => objection.phaseId === phase.id)
        .map((objection) => objection.objection.trim())
        .filter(Boolean),
      touchPoints: records.touchPoints
        .filter((point) => point.phaseId === phase.id)
        .map((point) => ({
          channel: point.channel.trim(),
          content: point.content.trim(),
          ...(hidePrivate
            ? {}
            : { owner: point.owner.trim(), status: touchPointStatusLabels[point.status] }),
        })),
      ...(hidePrivate ? {} : { baseline: phase.baseline }),
    })),
    emotionCurve: hasEmotionScores(curve) ? curve : null,
  };
}
