import { objectionFrequencyLabels, type Objection } from '../../../../shared/domain/objection';

/**
 * The objections sales and marketing placed in this phase (on the alignment worksheet), with the
 * agreed answer, so the map shows where buyers hold back and what they are told.
 */
export function PhaseObjections({
  objections,
  label,
}: {
  objections: readonly Objection[];
  label: string;
}) {
  const named = objections.filter((objection) => objection.objection.trim() !== '');
  if (named.length === 0) return null;
  return (
    <ul className="phase-objections" aria-label={`Objections raised in ${label}`}>
      {named.map((objection) => (
        <li key={objection.id}>
          <span className="phase-objections__text">{objection.objection.trim()}</span>{' '}
          <span className="phase-objections__frequency">
            ({objectionFrequencyLabels[objection.frequency].toLocaleLowerCase('en')})
          </span>
          {objection.answer.trim() ? (
            <span className="phase-objections__answer">Answer: {objection.answer.trim()}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
