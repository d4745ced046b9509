import type { KeyboardEvent, ReactNode } from 'react';
import type { JourneyPhase } from '../../../../shared/domain/journey-phase';
import { moveItem } from '../../../../shared/domain/ordering';
import { EmotionScores } from './EmotionScores';
import type { JourneyActions, JourneyModel } from './journey-model';
import { PhaseActions } from './PhaseActions';
import { PhaseObjections } from './PhaseObjections';
import { ConversionRateField, PhaseTextInput, VolumeField } from './PhaseFields';
import { PhaseTitle } from './PhaseTitle';
import { SortablePhaseColumns, SortablePhaseHeader } from './SortablePhaseColumns';
import { phaseLabel, phaseTextFields } from './phase-labels';
import { TouchPoints } from './TouchPoints';
import { UnnamedPhaseHint } from './UnnamedPhaseHint';

interface JourneyGridProps {
  model: JourneyModel;
  actions: JourneyActions;
}

type CellRenderer = (phase: JourneyPhase, index: number, label: string) => ReactNode;

/**
 * The layout consultants know from journey-map tools: phases across, lanes down. Phases move by
 * dragging their header's handle (pointer, or Space and arrows), with their arrow buttons, or
 * Alt+← / Alt+→ in the column's header.
 */
export function JourneyGrid({ model, actions }: JourneyGridProps) {
  const { phases, engagementId } = model;
  const labels = phases.map((phase, index) => phaseLabel(phase.name, index));
  const ids = phases.map((phase) => phase.id);
  const move = (from: number, to: number) =>
    to < 0 || to >= ids.length
      ? undefined
      : () => void actions.reorderPhases(moveItem(ids, from, to));
  const onHeaderKey = (index: number) => (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    event.preventDefault();
    move(index, index + (event.key === 'ArrowLeft' ? -1 : 1))?.();
  };

  const lane = (title: string, hint: string | null, render: CellRenderer) => (
    <tr>
      <th scope="row" className="journey-grid__lane">
        <span>{title}</span>
        {hint ? <small>{hint}</small> : null}
      </th>
      {phases.map((phase, index) => (
        <td key={phase.id}>{render(phase, index, labels[index] ?? '')}</td>
      ))}
    </tr>
  );
  const text = (key: keyof typeof phaseTextFields): CellRenderer =>
    function TextCell(phase, _index, label) {
      return <PhaseTextInput phase={phase} label={label} field={phaseTextFields[key]} />;
    };

  return (
    <div
      className="journey-grid-scroll"
      role="region"
      aria-label="Journey map grid: phases across, lanes down"
      tabIndex={0}
    >
      <SortablePhaseColumns ids={ids} labels={labels} onMove={(from, to) => move(from, to)?.()}>
        <table className="journey-grid">
          <thead>
            <tr>
              <th scope="col" className="journey-grid__lane journey-grid__corner">
                Phase
              </th>
              {phases.map((phase, index) => (
                <SortablePhaseHeader
                  key={phase.id}
                  id={phase.id}
                  label={labels[index] ?? ''}
                  className="journey-grid__phase"
                  onKeyDown={onHeaderKey(index)}
                >
                  <div className="journey-phase-head">
                    <PhaseTitle
                      phase={phase}
                      index={index}
                      label={labels[index] ?? ''}
                      autoFocus={phase.id === actions.addedPhaseId}
                    />
                  </div>
                  <div className="journey-phase-head__actions">
                    <PhaseActions
                      direction="across"
                      label={labels[index] ?? ''}
                      onEarlier={move(index, index - 1) ?? null}
                      onLater={move(index, index + 1) ?? null}
                      onRemove={() => actions.removePhase(phase, labels[index] ?? '')}
                    />
                  </div>
                  <UnnamedPhaseHint phase={phase} index={index} />
                </SortablePhaseHeader>
              ))}
            </tr>
          </thead>
          <tbody>
            {lane('Customer goal', 'What they want to get done', text('customerGoal'))}
            {lane('Questions', 'What they ask themselves', text('questions'))}
            {lane('Mindset', 'How they think and feel', text('mindset'))}
            {lane('Touch points', 'Where they meet the brand', (phase, _index, label) => (
              <TouchPoints
                engagementId={engagementId}
                phase={phase}
                label={label}
                points={model.touchPointsOf(phase.id)}
                onRemove={actions.removeTouchPoint}
                onError={actions.reportError}
              />
            ))}
            {lane('Emotion', '−2 very negative … +2 very positive', (phase, _index, label) => (
              <EmotionScores
                engagementId={engagementId}
                phase={phase}
                label={label}
                personas={model.personas}
                scores={model.scoresOf(phase.id)}
              />
            ))}
            {lane('Objections', 'What holds them back', (phase, _index, label) => (
              <>
                <PhaseTextInput phase={phase} label={label} field={phaseTextFields.objections} />
                <PhaseObjections objections={model.objectionsOf(phase.id)} label={label} />
              </>
            ))}
            {lane('KPI', 'How progress here is measured', text('kpi'))}
            {lane(
              'Conversion to next phase',
              '% of this phase reaching the next',
              (phase, index, label) => (
                <ConversionRateField
                  phase={phase}
                  label={label}
                  isLast={index === phases.length - 1}
                />
              ),
            )}
            {lane('Volume today', 'How many are in this phase now', (phase, _index, label) => (
              <VolumeField phase={phase} label={label} />
            ))}
          </tbody>
        </table>
      </SortablePhaseColumns>
    </div>
  );
}
