import type { JourneyPhase } from '../../../../shared/domain/journey-phase';
import { DragHandle } from '../../components/RowControls';
import { SortableList, type SortableRowControls } from '../../components/SortableList';
import { EmotionScores } from './EmotionScores';
import type { JourneyActions, JourneyModel } from './journey-model';
import { PhaseActions } from './PhaseActions';
import { ConversionRateField, PhaseTextInput, VolumeField } from './PhaseFields';
import { PhaseTitle } from './PhaseTitle';
import { phaseLabel, phaseTextFields } from './phase-labels';
import { PhaseObjections } from './PhaseObjections';
import { TouchPoints } from './TouchPoints';
import { UnnamedPhaseHint } from './UnnamedPhaseHint';

const getId = (phase: JourneyPhase) => phase.id;

interface PhaseCardProps {
  phase: JourneyPhase;
  controls: SortableRowControls;
  model: JourneyModel;
  actions: JourneyActions;
}

/** One phase with every field under the other, for editing on a narrow screen. */
function PhaseCard({ phase, controls, model, actions }: PhaseCardProps) {
  const { index } = controls;
  const label = phaseLabel(phase.name, index);
  const isLast = index === model.phases.length - 1;
  return (
    <article className="journey-card" aria-label={`Phase ${label}`}>
      <div className="journey-phase-head">
        <DragHandle name={label} controls={controls} />
        <PhaseTitle
          phase={phase}
          index={index}
          label={label}
          autoFocus={phase.id === actions.addedPhaseId}
        />
        <PhaseActions
          direction="down"
          label={label}
          onEarlier={controls.moveUp}
          onLater={controls.moveDown}
          onRemove={() => actions.removePhase(phase, label)}
        />
      </div>
      <UnnamedPhaseHint phase={phase} index={index} />
      <div className="journey-card__fields">
        <PhaseTextInput
          phase={phase}
          label={label}
          showLabel
          field={phaseTextFields.customerGoal}
        />
        <PhaseTextInput phase={phase} label={label} showLabel field={phaseTextFields.questions} />
        <PhaseTextInput phase={phase} label={label} showLabel field={phaseTextFields.mindset} />
        <PhaseTextInput phase={phase} label={label} showLabel field={phaseTextFields.objections} />
        <PhaseObjections objections={model.objectionsOf(phase.id)} label={label} />
      </div>
      <h4 className="journey-card__heading">Touch points</h4>
      <TouchPoints
        engagementId={model.engagementId}
        phase={phase}
        label={label}
        points={model.touchPointsOf(phase.id)}
        onRemove={actions.removeTouchPoint}
        onError={actions.reportError}
      />
      <h4 className="journey-card__heading">Emotion</h4>
      <EmotionScores
        engagementId={model.engagementId}
        phase={phase}
        label={label}
        personas={model.personas}
        scores={model.scoresOf(phase.id)}
      />
      <div className="journey-card__numbers">
        <PhaseTextInput phase={phase} label={label} showLabel field={phaseTextFields.kpi} />
        <ConversionRateField phase={phase} label={label} showLabel isLast={isLast} />
        <VolumeField phase={phase} label={label} showLabel />
      </div>
    </article>
  );
}

/**
 * The same map as a list of phases, one under the other. Reorder by dragging the handle, by
 * Space and the arrow keys on it, by Alt+↑ / Alt+↓ anywhere in a phase, or with the arrows.
 */
export function JourneyList({ model, actions }: { model: JourneyModel; actions: JourneyActions }) {
  return (
    <SortableList
      label="Journey phases"
      className="journey-list"
      items={model.phases}
      getId={getId}
      onReorder={actions.reorderPhases}
      renderItem={(phase, controls) => (
        <PhaseCard phase={phase} controls={controls} model={model} actions={actions} />
      )}
    />
  );
}
