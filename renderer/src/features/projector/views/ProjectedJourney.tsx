import { EmotionCurveChart } from '../../../../../shared/charts/EmotionCurveChart';
import { formatEmotion } from '../../../../../shared/domain/emotion-scale';
import type { ProjectedJourney as Journey } from '../projection/projection';

/** The journey map for the room: a column per phase, then the emotion curve. */
export function ProjectedJourney({ view }: { view: Journey }) {
  if (view.phases.length === 0)
    return <p className="projected-empty">The customer journey is still to be mapped.</p>;
  return (
    <section className="projected-journey" aria-label="Customer journey map">
      <ol
        className="projected-journey__phases"
        style={{ gridTemplateColumns: `repeat(${view.phases.length}, minmax(0, 1fr))` }}
      >
        {view.phases.map((phase, index) => (
          <li key={index} className="projected-journey__phase" aria-label={phase.name}>
            <h2>{phase.name}</h2>
            {phase.customerGoal ? (
              <p className="projected-journey__goal">{phase.customerGoal}</p>
            ) : null}
            <Field label="Questions" text={phase.questions} />
            <Field label="Mindset" text={phase.mindset} />
            {phase.emotion !== null ? (
              <p className="projected-journey__emotion">Emotion {formatEmotion(phase.emotion)}</p>
            ) : null}
            {phase.touchPoints.length > 0 ? (
              <div>
                <h3>Touch points</h3>
                <ul>
                  {phase.touchPoints.map((point, pointIndex) => (
                    <li key={pointIndex}>
                      {[point.channel, point.content].filter(Boolean).join(': ')}
                      {point.owner || point.status ? (
                        <span className="projected-private">
                          {' '}
                          ({[point.owner, point.status].filter(Boolean).join(', ')})
                        </span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {phase.objections.length > 0 ? (
              <div>
                <h3>Objections here</h3>
                <ul>
                  {phase.objections.map((objection, objectionIndex) => (
                    <li key={objectionIndex}>{objection}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {phase.kpi ? <p className="projected-journey__kpi">KPI: {phase.kpi}</p> : null}
            {phase.baseline !== undefined && phase.baseline !== null ? (
              <p className="projected-private">Today: {phase.baseline.toLocaleString('en')}</p>
            ) : null}
          </li>
        ))}
      </ol>
      {view.emotionCurve ? (
        <figure className="projected-chart">
          <EmotionCurveChart data={view.emotionCurve} />
        </figure>
      ) : null}
    </section>
  );
}

function Field({ label, text }: { label: string; text: string }) {
  if (!text) return null;
  return (
    <div>
      <h3>{label}</h3>
      <p>{text}</p>
    </div>
  );
}
