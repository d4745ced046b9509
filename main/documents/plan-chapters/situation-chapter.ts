import { Paragraph } from 'docx';
import type { MarketingPlanSnapshot } from '../../../shared/documents/marketing-plan-snapshot';
import { threatLevelLabels } from '../../../shared/domain/competitor';
import { horizonText, trendImpactLabels } from '../../../shared/domain/industry-trend';
import { formatObjectiveValue } from '../../../shared/domain/objective';
import {
  formatDays,
  summariseSalesProcess,
  type DurationUnit,
} from '../../../shared/domain/sales-stage';
import { formatPercent } from '../../../shared/planning/number-format';
import { dataTable, textRun } from '../document-blocks';
import type { TableLook } from '../document-blocks';
import {
  chapter,
  forClient,
  orDash,
  part,
  whenAny,
  type Block,
  type Chapter,
  type PlanContext,
} from './chapter';

type Situation = MarketingPlanSnapshot['situation'];

function processSummary(
  stages: Readonly<Situation['salesStages']>,
  context: Pick<PlanContext, 'version'>,
): Paragraph[] {
  const summary = summariseSalesProcess(stages);
  const first = stages[0]?.name.trim() || 'the first stage';
  const lines: string[] = [];
  if (summary.totalDays > 0) {
    const unknown = summary.stagesWithoutDuration;
    lines.push(
      `A typical deal takes ${formatDays(summary.totalDays)} through the process` +
        (unknown > 0 && !forClient(context)
          ? ` (${unknown} ${unknown === 1 ? 'stage has' : 'stages have'} no duration yet)`
          : '') +
        '.',
    );
  }
  if (summary.overallConversion !== null)
    lines.push(
      `Of 100 prospects entering “${first}”, about ${Math.round(summary.overallConversion * 10) / 10} make it through every stage (${formatPercent(summary.overallConversion)}).`,
    );
  if (summary.weakest && stages.length > 1)
    lines.push(
      `Biggest drop-off: ${summary.weakest.name.trim() || `stage ${summary.weakest.index + 1}`}, where ${formatPercent(summary.weakest.conversionRate)} move on.`,
    );
  return lines.map((text) => new Paragraph({ spacing: { before: 80 }, children: [textRun(text)] }));
}

/** "1 week", "2 weeks", "1.5 months": the unit singular for exactly one. */
export function stageDuration(duration: number, unit: DurationUnit): string {
  return `${formatObjectiveValue(duration)} ${duration === 1 ? unit.slice(0, -1) : unit}`;
}

function salesProcess(
  stages: Readonly<Situation['salesStages']>,
  look: TableLook,
  context: Pick<PlanContext, 'version'>,
): Block[] {
  return [
    dataTable(
      [
        { header: 'Stage', width: 20 },
        { header: 'What happens', width: 50 },
        { header: 'Duration', width: 15 },
        { header: 'To next stage', width: 15 },
      ],
      stages.map((stage, index) => [
        stage.name.trim() || `Stage ${index + 1}`,
        orDash(stage.activities),
        stage.duration === null ? '—' : stageDuration(stage.duration, stage.durationUnit),
        stage.conversionRate === null ? '—' : formatPercent(stage.conversionRate),
      ]),
      look,
      'landscape',
    ),
    ...processSummary(stages, context),
  ];
}

/** The situation analysis: the sales process, the primary competitors and the industry trends. */
export function situationChapter(
  snapshot: MarketingPlanSnapshot,
  context: PlanContext,
): Chapter | null {
  const { look } = context;
  const { salesStages, competitors, trends } = snapshot.situation;
  const isEmpty = salesStages.length + competitors.length + trends.length === 0;
  const body = [
    ...part(
      'Sales process',
      whenAny(salesStages, (stages) => salesProcess(stages, look, context)),
      'No sales stages mapped yet.',
      context,
    ),
    ...part(
      'Competitors',
      whenAny(competitors, (list) => [
        dataTable(
          [
            { header: 'Competitor', width: 16 },
            { header: 'Positioning', width: 24 },
            { header: 'Strengths', width: 25 },
            { header: 'Weaknesses', width: 25 },
            { header: 'Threat', width: 10 },
          ],
          list.map((competitor, index) => [
            competitor.name.trim() || `Competitor ${index + 1}`,
            orDash(competitor.positioning),
            orDash(competitor.strengths),
            orDash(competitor.weaknesses),
            competitor.threat === null ? '—' : threatLevelLabels[competitor.threat],
          ]),
          look,
          'landscape',
        ),
      ]),
      'No competitors listed yet.',
      context,
    ),
    ...part(
      'Industry trends',
      whenAny(trends, (list) => [
        dataTable(
          [
            { header: 'Trend', width: 30 },
            { header: 'Impact', width: 18 },
            { header: 'When', width: 12 },
            { header: 'What it means for the client', width: 40 },
          ],
          list.map((trend, index) => [
            trend.trend.trim() || `Trend ${index + 1}`,
            trend.impact === null ? '—' : trendImpactLabels[trend.impact],
            horizonText(trend) || '—',
            orDash(trend.implication),
          ]),
          look,
          'landscape',
        ),
      ]),
      'No industry trends listed yet.',
      context,
    ),
  ];
  return chapter(
    'Situation analysis',
    'landscape',
    isEmpty ? null : body,
    'The situation analysis has not been filled in yet.',
    context,
  );
}
