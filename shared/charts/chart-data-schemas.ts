import { z } from 'zod';
import { limits } from '../domain/limits';
import { isoDate, optionalText } from '../domain/text-fields';
import { chartKinds, chartNames, type ChartDataByKind, type ChartKind } from './chart-kinds';

/**
 * Chart data is parsed wherever it crosses a process boundary (renderer → main for a Word export,
 * a command line's JSON input). The bounds keep a chart readable and its drawing cheap: far more
 * than a real plan has, far less than a paste gone wrong.
 */
export const chartLimits = {
  phases: 24,
  campaigns: 60,
  series: 24,
  dimensions: 8,
  volume: 1e12,
} as const;

function finite(label: string) {
  return z.number({ error: `${label} must be a number.` });
}

function volume(label: string) {
  return finite(label)
    .min(0, `${label} cannot be negative.`)
    .max(chartLimits.volume, `${label} is too large.`);
}

function boundedList<T extends z.ZodType>(item: T, max: number, what: string) {
  return z.array(item).max(max, `A chart can show at most ${max} ${what}.`);
}

/** A date on the calendar: the timeline places bars by it, so 2027-02-30 must not roll into March. */
const calendarDate = isoDate.refine((value) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}, 'That is not a real date.');

const phaseNames = boundedList(
  optionalText('Phase name', limits.name),
  chartLimits.phases,
  'phases',
);

const toneScore = finite('A tone score').nullable();
const poleWord = optionalText('A scale end’s word', limits.name);

export const toneDriftDataSchema = z
  .object({
    dimensions: boundedList(
      optionalText('Dimension label', limits.name),
      chartLimits.dimensions,
      'dimensions',
    ),
    brand: z.array(toneScore),
    channels: boundedList(
      z.object({
        name: optionalText('Channel name', limits.name),
        scores: z.array(toneScore),
      }),
      chartLimits.series,
      'channels',
    ),
    min: finite('The scale’s lower end'),
    max: finite('The scale’s upper end'),
    poles: z
      .array(
        z.object({ low: poleWord, high: poleWord, towardsLow: poleWord, towardsHigh: poleWord }),
      )
      .optional(),
  })
  .superRefine((data, ctx) => {
    if (data.max <= data.min) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'The scale’s ends must differ.' });
      return;
    }
    const perDimension = data.dimensions.length;
    if (data.poles && data.poles.length !== perDimension)
      ctx.addIssue({
        code: 'custom',
        path: ['poles'],
        message: `The scale’s ends need naming once per dimension (${perDimension}).`,
      });
    const checkScores = (scores: (number | null)[], path: (string | number)[], who: string) => {
      if (scores.length !== perDimension)
        ctx.addIssue({
          code: 'custom',
          path,
          message: `${who} needs one score (or null) per dimension (${perDimension}).`,
        });
      scores.forEach((score, index) => {
        if (score !== null && (score < data.min || score > data.max))
          ctx.addIssue({
            code: 'custom',
            path: [...path, index],
            message: `${who}’s score ${score} is outside the scale ${data.min}–${data.max}.`,
          });
      });
    };
    checkScores(data.brand, ['brand'], 'The brand');
    data.channels.forEach((channel, index) =>
      checkScores(channel.scores, ['channels', index, 'scores'], `“${channel.name}”`),
    );
  }) satisfies z.ZodType<ChartDataByKind['tone-drift']>;

const emotion = finite('An emotion score')
  .min(-2, 'An emotion score must be from −2 to +2.')
  .max(2, 'An emotion score must be from −2 to +2.');

export const emotionCurveDataSchema = z
  .object({
    phases: phaseNames,
    personas: boundedList(
      z.object({
        name: optionalText('Persona name', limits.name),
        scores: z.array(emotion.nullable()),
      }),
      chartLimits.series,
      'personas',
    ),
  })
  .superRefine((data, ctx) => {
    data.personas.forEach((persona, index) => {
      if (persona.scores.length !== data.phases.length)
        ctx.addIssue({
          code: 'custom',
          path: ['personas', index, 'scores'],
          message: `“${persona.name}” needs one score (or null) per phase (${data.phases.length}).`,
        });
    });
  }) satisfies z.ZodType<ChartDataByKind['emotion-curve']>;

export const reverseFunnelDataSchema = z.object({
  phases: boundedList(
    z.object({
      name: optionalText('Phase name', limits.name),
      baseline: volume('Today’s volume').nullable(),
      cautious: volume('The cautious volume'),
      expected: volume('The expected volume'),
      ambitious: volume('The ambitious volume'),
    }),
    chartLimits.phases,
    'phases',
  ),
  unit: optionalText('The unit', limits.name),
}) satisfies z.ZodType<ChartDataByKind['reverse-funnel']>;

export const campaignTimelineDataSchema = z
  .object({
    phases: phaseNames,
    campaigns: boundedList(
      z.object({
        name: optionalText('Campaign name', limits.name),
        phaseIndex: z.number({ error: 'A campaign’s phase must be a number.' }).int().min(-1),
        start: calendarDate,
        end: calendarDate,
      }),
      chartLimits.campaigns,
      'campaigns',
    ),
    span: z.object({ start: calendarDate, end: calendarDate }).optional(),
  })
  .superRefine((data, ctx) => {
    if (data.span && data.span.end < data.span.start)
      ctx.addIssue({
        code: 'custom',
        path: ['span', 'end'],
        message: 'The timeline’s span ends before it starts.',
      });
    data.campaigns.forEach((campaign, index) => {
      if (campaign.phaseIndex >= data.phases.length)
        ctx.addIssue({
          code: 'custom',
          path: ['campaigns', index, 'phaseIndex'],
          message: `“${campaign.name}” is tied to a phase the chart does not have.`,
        });
      if (campaign.end < campaign.start)
        ctx.addIssue({
          code: 'custom',
          path: ['campaigns', index, 'end'],
          message: `“${campaign.name}” ends before it starts.`,
        });
    });
  }) satisfies z.ZodType<ChartDataByKind['campaign-timeline']>;

export const investmentReturnDataSchema = z.object({
  currency: z.string().regex(/^([A-Z]{3})?$/, 'The currency must be a three-letter code.'),
  bars: boundedList(
    z.object({
      label: optionalText('A bar’s label', limits.name),
      value: finite('An amount')
        .min(0, 'An amount cannot be negative.')
        .max(chartLimits.volume, 'An amount is too large.'),
      kind: z.enum(['phase-budget', 'total-budget', 'revenue']),
    }),
    chartLimits.phases + 2,
    'bars',
  ),
}) satisfies z.ZodType<ChartDataByKind['investment-return']>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Compile-time guard: each schema takes and gives exactly its chart's data type, no more, no less. */
export type _SchemasMatchChartData = [
  Assert<Same<z.input<typeof toneDriftDataSchema>, ChartDataByKind['tone-drift']>>,
  Assert<Same<z.output<typeof toneDriftDataSchema>, ChartDataByKind['tone-drift']>>,
  Assert<Same<z.input<typeof emotionCurveDataSchema>, ChartDataByKind['emotion-curve']>>,
  Assert<Same<z.output<typeof emotionCurveDataSchema>, ChartDataByKind['emotion-curve']>>,
  Assert<Same<z.input<typeof reverseFunnelDataSchema>, ChartDataByKind['reverse-funnel']>>,
  Assert<Same<z.output<typeof reverseFunnelDataSchema>, ChartDataByKind['reverse-funnel']>>,
  Assert<Same<z.input<typeof campaignTimelineDataSchema>, ChartDataByKind['campaign-timeline']>>,
  Assert<Same<z.output<typeof campaignTimelineDataSchema>, ChartDataByKind['campaign-timeline']>>,
  Assert<Same<z.input<typeof investmentReturnDataSchema>, ChartDataByKind['investment-return']>>,
  Assert<Same<z.output<typeof investmentReturnDataSchema>, ChartDataByKind['investment-return']>>,
];

export const chartDataSchemas: { [K in ChartKind]: z.ZodType<ChartDataByKind[K]> } = {
  'tone-drift': toneDriftDataSchema,
  'emotion-curve': emotionCurveDataSchema,
  'reverse-funnel': reverseFunnelDataSchema,
  'campaign-timeline': campaignTimelineDataSchema,
  'investment-return': investmentReturnDataSchema,
};

export const chartKindSchema = z.enum(chartKinds, {
  error: `Unknown chart; expected one of: ${chartKinds.join(', ')}.`,
});

/** One chart to draw, as it arrives from another process or a JSON file. */
export const chartRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tone-drift'), data: toneDriftDataSchema }),
  z.object({ kind: z.literal('emotion-curve'), data: emotionCurveDataSchema }),
  z.object({ kind: z.literal('reverse-funnel'), data: reverseFunnelDataSchema }),
  z.object({ kind: z.literal('campaign-timeline'), data: campaignTimelineDataSchema }),
  z.object({ kind: z.literal('investment-return'), data: investmentReturnDataSchema }),
]);
export type ChartRequest = z.infer<typeof chartRequestSchema>;

/** Refused chart data, with every reason in one readable message. */
export class ChartDataError extends Error {
  override name = 'ChartDataError';
}

function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.join('.');
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more.` : '');
}

/** The data, parsed for the chart of this kind; throws a ChartDataError that says what is wrong. */
export function parseChartData<K extends ChartKind>(kind: K, data: unknown): ChartDataByKind[K] {
  const knownKind = chartKindSchema.safeParse(kind);
  if (!knownKind.success) throw new ChartDataError(describeIssues(knownKind.error));
  const parsed = chartDataSchemas[kind].safeParse(data);
  if (!parsed.success)
    throw new ChartDataError(
      `The ${chartNames[kind]} chart cannot be drawn from this data: ${describeIssues(parsed.error)}`,
    );
  return parsed.data;
}
