import { EmotionCurveChart } from '../../../../shared/charts/EmotionCurveChart';
import type { EmotionCurveData } from '../../../../shared/charts/chart-data';
import { hasEmotionScores } from '../../../../shared/charts/emotion-curve-data';
import { summariseEmotionCurve } from '../../../../shared/charts/emotion-curve-summary';

/** The emotion curve with its summary as caption: the words say what the picture shows. */
export function JourneyChartFigure({ data }: { data: EmotionCurveData }) {
  if (!hasEmotionScores(data)) {
    return (
      <p className="subtle journey-chart-empty">
        Score the emotion in each phase (−2 to +2) to draw the curve. Phases left unscored show as
        gaps, not as neutral.
      </p>
    );
  }
  return (
    <figure className="journey-chart">
      <div className="journey-chart__scroll">
        <EmotionCurveChart data={data} />
      </div>
      <figcaption>{summariseEmotionCurve(data)}</figcaption>
    </figure>
  );
}
