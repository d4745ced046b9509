import type { MarketingPlanSnapshot } from '../../../shared/documents/marketing-plan-snapshot';
import { emotionLevels, formatEmotion } from '../../../shared/domain/emotion-scale';
import { touchPointStatusLabels } from '../../../shared/domain/touch-point';
import { formatPercent, formatWhole } from '../../../shared/planning/number-format';
import { phaseLabel } from '../../../shared/planning/work-backwards';
import { chartBox, chartFigure } from '../chart-figure';
import { dataTable, withKeptCaption } from '../document-blocks';
import { chapter, orDash, part, type Chapter, type PlanContext } from './chapter';

type Phase = MarketingPlanSnapshot['journey']['phases'][number];

/** A phase with nothing but its name: the default phases of a map nobody has filled in. */
function isBlank(phase: Phase): boolean {
  const texts = [phase.customerGoal, phase.questions, phase.mindset, phase.objections, phase.kpi];
  return (
    texts.every((text) => text.trim() === '') &&
    phase.emotion === null &&
    phase.conversionRate === null &&
    phase.baseline === null &&
    phase.touchPoints.length === 0
  );
}

function emotionText(score: number | null): string {
  if (score === null) return '—';
  const label = emotionLevels.find((level) => level.score === score)?.label;
  return label ? `${formatEmotion(score)} ${label.toLowerCase()}` : formatEmotion(score);
}

/** The customer journey: what the customer wants and feels per phase, the touch points, the curve. */
export function journeyChapter(
  snapshot: MarketingPlanSnapshot,
  context: PlanContext,
): Chapter | null {
  const { charts, look } = context;
  const { phases } = snapshot.journey;
  const names = phases.map((phase, index) => phaseLabel(phase.name, index));
  const chart = charts['emotion-curve'];
  if (phases.every(isBlank))
    return chapter(
      'Customer journey',
      'landscape',
      null,
      phases.length === 0
        ? 'The customer journey has not been mapped yet.'
        : `The customer journey has not been mapped yet beyond its phases: ${names.join(', ')}.`,
      context,
    );
  const touchPoints = phases.flatMap((phase, index) =>
    phase.touchPoints.map((point) => [
      names[index] ?? '',
      orDash(point.channel),
      orDash(point.content),
      orDash(point.owner),
      touchPointStatusLabels[point.status],
    ]),
  );
  const body = [
    ...part(
      'What the customer wants in each phase',
      [
        dataTable(
          [
            { header: 'Phase', width: 14 },
            { header: 'Customer goal', width: 22 },
            { header: 'Questions', width: 22 },
            { header: 'Mindset', width: 21 },
            { header: 'Objections', width: 21 },
          ],
          phases.map((phase, index) => [
            names[index] ?? '',
            orDash(phase.customerGoal),
            orDash(phase.questions),
            orDash(phase.mindset),
            orDash(phase.objections),
          ]),
          look,
          'landscape',
        ),
      ],
      '',
      context,
    ),
    ...part(
      'How each phase is measured',
      [
        dataTable(
          [
            { header: 'Phase', width: 18 },
            { header: 'Emotion', width: 18 },
            { header: 'KPI', width: 28 },
            { header: 'To next phase', width: 18 },
            { header: 'Volume today', width: 18 },
          ],
          phases.map((phase, index) => [
            names[index] ?? '',
            emotionText(phase.emotion),
            orDash(phase.kpi),
            phase.conversionRate === null ? '—' : formatPercent(phase.conversionRate),
            phase.baseline === null ? '—' : formatWhole(phase.baseline),
          ]),
          look,
          'landscape',
        ),
      ],
      '',
      context,
    ),
    ...part(
      'Touch points',
      touchPoints.length === 0
        ? null
        : [
            dataTable(
              [
                { header: 'Phase', width: 16 },
                { header: 'Channel', width: 18 },
                { header: 'What the prospect sees or does', width: 36 },
                { header: 'Owner', width: 16 },
                { header: 'Status', width: 14 },
              ],
              touchPoints,
              look,
              'landscape',
            ),
          ],
      'No touch points mapped yet.',
      context,
    ),
    ...part(
      'Emotion curve',
      chart ? chartFigure(withKeptCaption(chart), chartBox('emotion-curve')) : null,
      'No emotion scores yet, so there is no emotion curve.',
      context,
    ),
  ];
  return chapter('Customer journey', 'landscape', body, '', context);
}
