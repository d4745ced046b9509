import { useMemo, useState } from 'react';
import { toEmotionCurveData } from '../../../../shared/charts/emotion-curve-data';
import { suggestedChannels } from '../../../../shared/domain/touch-point';
import { maxJourneyPhases } from '../../../../shared/domain/journey-phase';
import { FailureNotice } from '../../components/Notice';
import { journeyPhaseRepository } from '../../db/repositories/journey-phase-repository';
import { useFailureMessage } from '../../hooks/use-failure-message';
import { useCampaigns } from '../../hooks/use-campaigns';
import { useJourneyMap } from '../../hooks/use-journey-map';
import { useEngagementParticipants } from '../../hooks/use-participants';
import type { WorksheetProps } from '../workspace/worksheet-props';
import { EmptyJourney } from './EmptyJourney';
import { JourneyChartFigure } from './JourneyChartFigure';
import { JourneyGrid } from './JourneyGrid';
import { JourneyList } from './JourneyList';
import { JourneyRemovalPrompts } from './JourneyRemovalPrompts';
import { toJourneyModel, type JourneyActions } from './journey-model';
import { PersonaBar } from './PersonaBar';
import { channelListId, ownerListId } from './TouchPoints';
import { useJourneyRemovals } from './use-journey-removals';
import { JourneyViewSwitch, useJourneyView } from './JourneyViewSwitch';
import './journey-map.css';

export function JourneyMapWorksheet({ engagement }: WorksheetProps) {
  const records = useJourneyMap(engagement.id);
  const participants = useEngagementParticipants(engagement.id);
  const campaigns = useCampaigns(engagement.id);
  const [view, setView] = useJourneyView();
  const failure = useFailureMessage();
  const removals = useJourneyRemovals();
  const [addedPhaseId, setAddedPhaseId] = useState<string | null>(null);

  const model = useMemo(
    () => (records ? toJourneyModel(engagement.id, records) : null),
    [engagement.id, records],
  );
  const chartData = useMemo(
    () =>
      records
        ? toEmotionCurveData({
            phases: records.phases,
            personas: records.personas,
            scores: records.emotionScores,
          })
        : null,
    [records],
  );

  if (!records || !model || !chartData) return <p className="subtle">Loading the journey map…</p>;

  const { phases } = records;
  const full = phases.length >= maxJourneyPhases;
  const addPhase = () =>
    void failure.run(async () => setAddedPhaseId(await journeyPhaseRepository.add(engagement.id)));
  const actions: JourneyActions = {
    addedPhaseId,
    reportError: failure.setError,
    reorderPhases: async (ids) => {
      await failure.run(() => journeyPhaseRepository.reorder(engagement.id, ids));
    },
    removePhase: (phase, label) =>
      removals.requestPhaseRemoval({
        phase,
        label,
        touchPointCount: model.touchPointsOf(phase.id).length,
        campaignCount: (campaigns ?? []).filter((campaign) => campaign.phaseId === phase.id).length,
      }),
    removeTouchPoint: (point) => removals.removeTouchPoint(point),
  };

  return (
    <section className="worksheet journey-map" aria-labelledby="journey-map-title">
      <div className="worksheet-title-row">
        <h2 id="journey-map-title">Customer journey map</h2>
      </div>
      <p className="worksheet-hint">
        Map the path a target prospect takes, phase by phase, from first hearing of the client to
        recommending it: what they want and ask in each phase, how they feel (−2 to +2), where they
        meet the brand, and how many move on to the next phase. A good phase names a real step of
        this client’s buyers, with a KPI and a conversion rate the team can measure. The map is the
        blueprint for the campaigns.
      </p>
      <FailureNotice message={failure.error} onDismiss={failure.clear} />

      {phases.length === 0 ? (
        <EmptyJourney
          onStartFromDefaults={() =>
            void failure.run(() => journeyPhaseRepository.addDefaultPhases(engagement.id))
          }
          onAddPhase={addPhase}
        />
      ) : (
        <>
          <div className="journey-toolbar">
            <JourneyViewSwitch view={view} onChange={setView} />
            <span className="subtle" data-testid="journey-phase-count">
              {phases.length} of at most {maxJourneyPhases} phases
            </span>
            <button type="button" className="button" onClick={addPhase} disabled={full}>
              Add phase
            </button>
          </div>
          {full ? (
            <p className="notice notice--info" role="status">
              A journey map can have at most {maxJourneyPhases} phases. Merge phases that belong
              together to keep the map readable.
            </p>
          ) : null}
          <PersonaBar engagementId={engagement.id} personas={records.personas} />
          <div id="journey-view" role="tabpanel" aria-label={view === 'grid' ? 'Grid' : 'List'}>
            {view === 'grid' ? (
              <JourneyGrid model={model} actions={actions} />
            ) : (
              <JourneyList model={model} actions={actions} />
            )}
          </div>
          <h3>Journey chart</h3>
          <JourneyChartFigure data={chartData} />
        </>
      )}

      <datalist id={channelListId}>
        {suggestedChannels.map((channel) => (
          <option key={channel} value={channel} />
        ))}
      </datalist>
      <datalist id={ownerListId}>
        {(participants ?? [])
          .filter((person) => person.name.trim() !== '')
          .map((person) => (
            <option key={person.id} value={person.name} />
          ))}
      </datalist>

      <JourneyRemovalPrompts removals={removals} />
    </section>
  );
}
