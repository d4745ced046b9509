import { Notice } from '../../components/Notice';
import { TaskProgress } from '../../components/TaskProgress';
import {
  importSteps,
  type EngagementFileImport,
  type ImportSource,
  type ImportStep,
} from '../../hooks/use-engagement-file-import';

function stepLabel(step: ImportStep, source: ImportSource): string {
  if (step === 'reading')
    return source === 'sample'
      ? 'Reading the sample engagement…'
      : 'Reading and checking the file…';
  if (step === 'backing-up') return 'Backing up the engagements on this laptop…';
  return 'Writing the engagement to this laptop…';
}

/** An import under way, step by step, with its cancel; then, when cancelled, that it was. */
export function ImportProgress({ flow }: { flow: EngagementFileImport }) {
  const { state, cancel, dismiss } = flow;
  if (state.kind === 'busy')
    return (
      <div className="corner-notices">
        <TaskProgress
          label={stepLabel(state.step, state.source)}
          step={importSteps.indexOf(state.step)}
          steps={importSteps.length}
          name="Import progress"
          cancelLabel="Cancel import"
          cancelling={state.cancelling}
          canCancel={state.step !== 'writing'}
          onCancel={cancel}
        />
      </div>
    );
  if (state.kind === 'cancelled')
    return (
      <div className="corner-notices">
        <Notice tone="info" onDismiss={dismiss}>
          Import cancelled. Nothing was imported.
        </Notice>
      </div>
    );
  return null;
}
