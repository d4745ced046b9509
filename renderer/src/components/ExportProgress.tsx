import {
  canCancelAt,
  exportStageLabels,
  stagesOf,
  type DocumentKind,
  type ExportStage,
} from '../../../shared/documents/export-progress';
import { TaskProgress } from './TaskProgress';

interface ExportProgressProps {
  documentKind: DocumentKind;
  stage: ExportStage | null;
  cancelling: boolean;
  onCancel: () => void;
}

/** How far a document's export has got, step by step, with the button that cancels it. */
export function ExportProgress({ documentKind, stage, cancelling, onCancel }: ExportProgressProps) {
  const stages = stagesOf(documentKind);
  return (
    <TaskProgress
      label={stage === null ? null : exportStageLabels[stage]}
      step={stage === null ? 0 : stages.indexOf(stage)}
      steps={stages.length}
      name="Export progress"
      cancelLabel="Cancel export"
      cancelling={cancelling}
      canCancel={canCancelAt(stage)}
      onCancel={onCancel}
    />
  );
}
