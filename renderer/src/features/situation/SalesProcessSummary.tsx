import {
  formatDays,
  summariseSalesProcess,
  type SalesStage,
} from '../../../../shared/domain/sales-stage';

const percent = (value: number) =>
  `${value.toLocaleString('en', { maximumFractionDigits: value < 1 ? 2 : 1 })} %`;

/** The process at a glance: how long a deal takes and where prospects are lost. */
export function SalesProcessSummary({ stages }: { stages: readonly SalesStage[] }) {
  const summary = summariseSalesProcess(stages);
  const showsWeakest = summary.weakest !== null && stages.length > 1;
  if (summary.totalDays === 0 && summary.overallConversion === null && !showsWeakest) return null;
  const first = stages[0]?.name.trim() || 'the first stage';
  const unknownDurations = summary.stagesWithoutDuration;
  return (
    <div className="sales-summary" data-testid="sales-summary">
      {summary.totalDays > 0 ? (
        <p>
          A typical deal takes <strong>{formatDays(summary.totalDays)}</strong> through the process
          {unknownDurations > 0
            ? ` (${unknownDurations} ${unknownDurations === 1 ? 'stage has' : 'stages have'} no duration yet)`
            : ''}
          .
        </p>
      ) : null}
      {summary.overallConversion !== null ? (
        <p>
          Of 100 prospects entering “{first}”, about{' '}
          <strong>{Math.round(summary.overallConversion * 10) / 10}</strong> make it through every
          stage ({percent(summary.overallConversion)}).
        </p>
      ) : null}
      {summary.weakest && showsWeakest ? (
        <p>
          Biggest drop-off:{' '}
          <strong>{summary.weakest.name.trim() || `stage ${summary.weakest.index + 1}`}</strong>,
          where {percent(summary.weakest.conversionRate)} move on.
        </p>
      ) : null}
    </div>
  );
}
