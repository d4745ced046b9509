import {
  personaDisplayName,
  typicalCustomerLabel,
} from '../../../../shared/charts/emotion-curve-data';
import { seriesColour } from '../../../../shared/charts/chart-style';
import { emotionLevels, formatEmotion } from '../../../../shared/domain/emotion-scale';
import type { JourneyPhase } from '../../../../shared/domain/journey-phase';
import type { Persona } from '../../../../shared/domain/persona';
import { ChoiceField, type Choice } from '../../components/ChoiceField';
import { emotionScoreRepository } from '../../db/repositories/emotion-score-repository';
import { journeyPhaseRepository } from '../../db/repositories/journey-phase-repository';
import { fieldLabel } from './phase-labels';

type EmotionChoice = `${number}`;

const emotionChoices: Choice<EmotionChoice>[] = emotionLevels.map((level) => ({
  value: `${level.score}`,
  label: `${formatEmotion(level.score)} ${level.label}`,
}));

interface EmotionSelectProps {
  /** Who feels it, shown above the choice: "Typical customer", "Maya (CFO)". */
  who: string;
  /** The full accessible name, unique on the page. */
  label: string;
  colour: string;
  value: number | null;
  save: (score: number | null) => Promise<void>;
}

/** A score from −2 to +2, or "not scored" — a gap in the curve, never a zero. */
function EmotionSelect({ who, label, colour, value, save }: EmotionSelectProps) {
  return (
    <div className="journey-emotion">
      <span className="journey-emotion__who" aria-hidden="true">
        <span className="journey-emotion__swatch" style={{ background: colour }} />
        {who}
      </span>
      <ChoiceField<EmotionChoice>
        label={label}
        hideLabel
        value={value === null ? null : `${value}`}
        choices={emotionChoices}
        emptyLabel="Not scored"
        save={(choice) => save(choice === null ? null : Number(choice))}
      />
    </div>
  );
}

interface EmotionScoresProps {
  engagementId: string;
  phase: JourneyPhase;
  label: string;
  personas: readonly Persona[];
  /** This phase's persona scores by persona id. */
  scores: ReadonlyMap<string, number>;
}

/** The typical customer's emotion in a phase (the phase's own score) and each persona's. */
export function EmotionScores({
  engagementId,
  phase,
  label,
  personas,
  scores,
}: EmotionScoresProps) {
  return (
    <div className="journey-emotions">
      <EmotionSelect
        who={typicalCustomerLabel}
        label={fieldLabel('Emotion', label)}
        colour={seriesColour(0)}
        value={phase.emotion}
        save={(emotion) => journeyPhaseRepository.update(phase.id, { emotion })}
      />
      {personas.map((persona, index) => {
        const who = personaDisplayName(persona.name, index);
        return (
          <EmotionSelect
            key={persona.id}
            who={who}
            label={fieldLabel(`Emotion of ${who}`, label)}
            colour={seriesColour(index + 1)}
            value={scores.get(persona.id) ?? null}
            save={(score) => emotionScoreRepository.set(engagementId, phase.id, persona.id, score)}
          />
        );
      })}
    </div>
  );
}
