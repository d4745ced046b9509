import { useEffect, useState } from 'react';
import type { AgendaItem } from '../../../../shared/domain/agenda';
import type { Engagement } from '../../../../shared/domain/engagement';
import {
  actualMinutesFrom,
  currentIndex,
  elapsedMsOf,
  isRunning,
  scheduleDriftMs,
  type ClockState,
} from '../../../../shared/domain/facilitator-clock';
import {
  clockStateOf,
  type FacilitatorClock,
} from '../../../../shared/domain/facilitator-clock-record';
import { captureItem, type CaptureKind } from '../../../../shared/domain/capture';
import type { Session } from '../../../../shared/domain/session';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { SaveIndicator } from '../../components/SaveIndicator';
import { useFacilitatorNow } from '../../hooks/use-facilitator-now';
import { ProjectButton } from '../projector/ProjectButton';
import { ProjectorBar } from '../projector/ProjectorBar';
import { CapturePanel } from './capture/CapturePanel';
import { useCaptures } from './capture/use-captures';
import { CurrentItem } from './CurrentItem';
import { DriftLine } from './DriftLine';
import { FacilitatorControls } from './FacilitatorControls';
import { SessionFinished } from './SessionFinished';
import { UpNext } from './UpNext';
import { useFacilitatorControls } from './use-facilitator-controls';
import { useFacilitatorKeys } from './use-facilitator-keys';

interface FacilitatorStageProps {
  engagement: Engagement;
  session: Session;
  items: readonly AgendaItem[];
  clock: FacilitatorClock | null;
  onLeave: () => void;
}

export function FacilitatorStage({
  engagement,
  session,
  items,
  clock,
  onLeave,
}: FacilitatorStageProps) {
  const state = clockStateOf(clock);
  const running = isRunning(state);
  const now = useFacilitatorNow(running);
  const controls = useFacilitatorControls(session);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const itemIds = items.map((item) => item.id);
  const index = currentIndex(state, itemIds);
  const current = items[index];
  const elapsed = current ? elapsedMsOf(state, current.id, now) : 0;

  // While the clock runs, the current item's actual minutes reach the agenda as each minute
  // passes, so a crashed window loses at most the minute in progress.
  const dueMinutes = running && current ? actualMinutesFrom(elapsed) : null;
  const needsRecord = dueMinutes !== null && dueMinutes !== current?.actualMinutes;
  const { record } = controls;
  useEffect(() => {
    if (needsRecord) void record();
  }, [needsRecord, dueMinutes, record]);

  const captures = useCaptures();
  const target = captureItem(state, items, now);
  const startCapture = (kind: CaptureKind) => captures.start(kind, target);

  async function leave() {
    await controls.pause();
    onLeave();
  }

  useFacilitatorKeys({
    toggle: () => void controls.toggle(),
    next: () => void controls.next(),
    previous: () => void controls.previous(),
    leave: () => void leave(),
    capture: startCapture,
    undo: () => void captures.undoLast(),
  });

  return (
    <div className="facilitator" data-testid="facilitator">
      <header className="facilitator__bar">
        <div className="facilitator__session">
          <span>{engagement.clientName}</span> · <span>{session.title}</span>
        </div>
        <DriftLine drift={scheduleDriftMs(state, items, now)} started={hasStarted(state)} />
        <SaveIndicator />
        <ProjectButton />
        <button type="button" className="button" onClick={() => void leave()}>
          Leave facilitator mode (Esc)
        </button>
      </header>
      <ProjectorBar worksheet={null} />
      <main className="facilitator__main">
        <section className="facilitator__purpose" aria-label="Purpose of this session">
          <h1>{session.purpose.trim() || 'No purpose written yet for this session.'}</h1>
        </section>
        {items.length === 0 ? (
          <p className="facilitator__empty">
            This session has no agenda yet. Prepare it on Purpose & agenda, then come back to run
            it.
          </p>
        ) : current ? (
          <>
            <CurrentItem
              item={current}
              index={index}
              count={items.length}
              elapsedMs={elapsed}
              running={running}
              started={running || elapsed > 0}
            />
            <UpNext items={items.slice(index + 1, index + 4)} />
          </>
        ) : (
          <SessionFinished items={items} state={state} now={now} />
        )}
        <CapturePanel
          session={session}
          target={target}
          captures={captures}
          onStart={startCapture}
        />
        {controls.error ? (
          <Notice tone="error" onDismiss={controls.clearError}>
            The clock could not be saved: {controls.error}
          </Notice>
        ) : null}
      </main>
      <FacilitatorControls
        running={running}
        finished={state.finished}
        hasItems={items.length > 0}
        atFirst={index === 0}
        atLast={index === items.length - 1}
        onToggle={() => void controls.toggle()}
        onNext={() => void controls.next()}
        onPrevious={() => void controls.previous()}
        onReset={() => setConfirmingReset(true)}
      />
      {confirmingReset ? (
        <ConfirmDialog
          title="Clear this session’s timings?"
          confirmLabel="Clear timings"
          danger
          onCancel={() => setConfirmingReset(false)}
          onConfirm={() => {
            setConfirmingReset(false);
            void controls.reset();
          }}
        >
          The clock goes back to the first item, and the actual minutes recorded on the agenda are
          cleared. Use this after a rehearsal, not after the real session.
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

/** True once the clock has run at all, so the drift line stays quiet before the session starts. */
function hasStarted(state: ClockState): boolean {
  return state.runningSince !== null || Object.values(state.elapsedMs).some((ms) => ms > 0);
}
