import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { RemovalUndo } from '../../components/RemovalUndo';
import { removedPhaseName, removedTouchPointName } from './removed-names';
import type { useJourneyRemovals } from './use-journey-removals';

const touchPointCount = (count: number) =>
  count === 1 ? 'its touch point' : `its ${count} touch points`;

function confirmTitle({
  label,
  touchPointCount: points,
}: {
  label: string;
  touchPointCount: number;
}) {
  return points > 0 ? `Remove “${label}” and ${touchPointCount(points)}?` : `Remove “${label}”?`;
}

function campaignsNote(count: number): string | null {
  if (count === 0) return null;
  const which = count === 1 ? 'One campaign is' : `${count} campaigns are`;
  return `${which} tied to this phase; they stay in the plan without a phase until you choose one.`;
}

/** The confirmation before a phase with touch points goes, and the undo after any removal. */
export function JourneyRemovalPrompts({
  removals,
}: {
  removals: ReturnType<typeof useJourneyRemovals>;
}) {
  const { confirming, phases, touchPoints } = removals;
  const error = phases.error ?? touchPoints.error;
  return (
    <>
      {confirming ? (
        <ConfirmDialog
          title={confirmTitle(confirming)}
          confirmLabel="Remove phase"
          danger
          onCancel={removals.cancelConfirm}
          onConfirm={() => void removals.removePhase(confirming.phase.id)}
        >
          <p>
            Its goal, questions, emotion scores and touch points go with it. You can undo this for a
            few seconds.
          </p>
          {campaignsNote(confirming.campaignCount) ? (
            <p>{campaignsNote(confirming.campaignCount)}</p>
          ) : null}
        </ConfirmDialog>
      ) : null}
      <RemovalUndo
        label={phases.removed ? removedPhaseName(phases.removed) : null}
        rowKey={phases.removed?.phase.id ?? ''}
        onUndo={() => void phases.undo()}
        onDismiss={phases.dismiss}
      />
      <RemovalUndo
        label={touchPoints.removed ? removedTouchPointName(touchPoints.removed) : null}
        rowKey={touchPoints.removed?.id ?? ''}
        onUndo={() => void touchPoints.undo()}
        onDismiss={touchPoints.dismiss}
      />
      {error ? (
        <Notice
          tone="error"
          onDismiss={() => {
            phases.clearError();
            touchPoints.clearError();
          }}
        >
          {error}
        </Notice>
      ) : null}
    </>
  );
}
