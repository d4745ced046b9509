import { useId, useState, type FormEvent } from 'react';
import {
  personaDisplayName,
  typicalCustomerLabel,
} from '../../../../shared/charts/emotion-curve-data';
import { seriesColour } from '../../../../shared/charts/chart-style';
import { limits } from '../../../../shared/domain/limits';
import { maxPersonas, type Persona } from '../../../../shared/domain/persona';
import { personaRepository } from '../../db/repositories/persona-repository';

interface PersonaBarProps {
  engagementId: string;
  personas: readonly Persona[];
}

/**
 * Whose emotion the map scores: the typical customer, and each buyer persona with a curve of its
 * own. Personas are described in Sales & marketing alignment; here one can be added by name.
 */
export function PersonaBar({ engagementId, personas }: PersonaBarProps) {
  const inputId = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const full = personas.length >= maxPersonas;

  async function add(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return setError('Type the persona’s name, e.g. “Maya, the CFO”.');
    if (trimmed.length > limits.name)
      return setError(`A persona name can be at most ${limits.name} characters.`);
    try {
      await personaRepository.add(engagementId, { name: trimmed });
      setName('');
      setError(null);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <div className="journey-personas">
      <div className="journey-personas__curves">
        <span className="journey-personas__title">Emotion curves</span>
        <ul aria-label="Emotion curves">
          {[typicalCustomerLabel, ...personas.map((p, i) => personaDisplayName(p.name, i))].map(
            (who, index) => (
              <li key={`${index}-${who}`} className="journey-personas__chip">
                <span
                  className="journey-emotion__swatch"
                  style={{ background: seriesColour(index) }}
                />
                {who}
              </li>
            ),
          )}
        </ul>
      </div>
      <form className="journey-personas__add" onSubmit={(event) => void add(event)} noValidate>
        <label htmlFor={inputId}>New persona</label>
        <input
          id={inputId}
          value={name}
          placeholder="e.g. Maya, the CFO"
          aria-invalid={error !== null}
          disabled={full}
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
        />
        <button type="submit" className="button button--small" disabled={full}>
          Add persona
        </button>
      </form>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : full ? (
        <p className="field-hint">An engagement can have at most {maxPersonas} personas.</p>
      ) : null}
    </div>
  );
}
