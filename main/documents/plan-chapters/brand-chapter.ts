import type { MarketingPlanSnapshot } from '../../../shared/documents/marketing-plan-snapshot';
import {
  compareTone,
  describeDeviations,
  overallConsistency,
} from '../../../shared/domain/tone-consistency';
import {
  toneDimensions,
  toneScale,
  toneScoreMeaning,
  toneScores,
  type ToneProfile,
} from '../../../shared/domain/tone';
import { chartBox, chartFigure } from '../chart-figure';
import { bulletList, dataTable, labelled, withKeptCaption } from '../document-blocks';
import {
  chapter,
  part,
  toDo,
  whenAny,
  type Block,
  type Chapter,
  type PlanContext,
} from './chapter';
import type { TableLook } from '../document-blocks';

type Brand = MarketingPlanSnapshot['brand'];

const scoreCells = (tone: ToneProfile) =>
  toneScores(tone).map((score, index) => {
    const dimension = toneDimensions[index];
    return score === null || !dimension ? '—' : toneScoreMeaning(dimension, score);
  });

function toneProfile(
  brand: Brand,
  look: TableLook,
  context: Pick<PlanContext, 'version'>,
): Block[] {
  const brandScores = toneScores(brand.tone);
  const rows = brand.channels.map((channel) => {
    const consistency = compareTone(brandScores, toneScores(channel.tone), toneScale);
    return {
      channel,
      consistency,
      cells: [
        channel.name,
        ...scoreCells(channel.tone),
        consistency.score === null ? toDo('Not comparable yet', context) : `${consistency.score} %`,
      ],
    };
  });
  const overall = overallConsistency(rows.map((row) => row.consistency));
  const drifts = rows.flatMap(
    (row) => describeDeviations(row.channel.name, row.consistency.deviations, toneDimensions) ?? [],
  );
  return [
    dataTable(
      [
        { header: 'Voice', width: 16 },
        ...toneDimensions.map((dimension) => ({ header: dimension.label, width: 17 })),
        { header: 'Consistency', width: 16 },
      ],
      [['The brand', ...scoreCells(brand.tone), '—'], ...rows.map((row) => row.cells)],
      look,
      'landscape',
    ),
    ...(overall === null
      ? []
      : [
          labelled('Consistency across channels', `${overall} % on average`, { spaceBefore: true }),
        ]),
    ...bulletList(drifts),
  ];
}

/** Brand personality: traits, the tone of voice and how consistent each channel is with it. */
export function brandChapter(
  snapshot: MarketingPlanSnapshot,
  context: PlanContext,
): Chapter | null {
  const { charts, look } = context;
  const { brand } = snapshot;
  const toneScored = toneScores(brand.tone).some((score) => score !== null);
  const isEmpty =
    brand.traits.length === 0 &&
    brand.channels.length === 0 &&
    !toneScored &&
    brand.wordsToUse.length + brand.wordsToAvoid.length === 0;
  const chart = charts['tone-drift'];
  const body = [
    ...part(
      'Traits',
      whenAny(brand.traits, (list) => [
        dataTable(
          [
            { header: 'We are', width: 50 },
            { header: 'We are not', width: 50 },
          ],
          list.map((trait) => [trait.weAre.trim() || '—', trait.weAreNot.trim() || '—']),
          look,
          'landscape',
        ),
      ]),
      'No traits named yet.',
      context,
    ),
    ...part(
      'Tone of voice, by channel',
      toneScored || brand.channels.length > 0 ? toneProfile(brand, look, context) : null,
      'The tone of voice has not been scored yet.',
      context,
    ),
    ...part(
      'Tone-of-voice drift',
      chart ? chartFigure(withKeptCaption(chart), chartBox('tone-drift')) : null,
      'The chart appears once the brand has channels.',
      context,
    ),
    ...part(
      'Words to use and to avoid',
      brand.wordsToUse.length + brand.wordsToAvoid.length === 0
        ? null
        : [
            labelled('Words to use', brand.wordsToUse.join(', ') || '—'),
            labelled('Words to avoid', brand.wordsToAvoid.join(', ') || '—'),
          ],
      'No words listed yet.',
      context,
    ),
  ];
  return chapter(
    'Brand personality',
    'landscape',
    isEmpty ? null : body,
    'The brand personality has not been described yet.',
    context,
  );
}
