import {
  canCancelAt,
  exportStageLabels,
  stagesOf,
  type DocumentKind,
  type ExportStage,
} from '../../../shared/documents/export-progress';

interface ExportProgressProps {
  documentKind: DocumentKind;
  stage: ExportStage | null;
  cancelling: boolean;
  onCancel: () => void;
}

/** How far an export has got, step by step, with the button that cancels it. */
export function ExportProgress({ documentKind, stage, cancelling, onCancel }: ExportProgressProps) {
  const stages = stagesOf(documentKind);
  const done = stage === null ? 0 : stages.indexOf(stage);
  const label = cancelling
    ? 'Cancelling…'
    : stage === null
      ? 'Getting ready…'
      : `Step ${done + 1} of ${stages.length}: ${exportStageLabels[stage]}`;
  return (
    <div className="notice notice--info export-progress" role="status">
      <div className="export-progress__body">
        <span className="export-progress__label">{label}</span>
        <progress aria-label="Export progress" max={stages.length} value={done} />
      </div>
      <button
        type="button"
        className="button button--small"
        onClick={onCancel}
        disabled={cancelling || !canCancelAt(stage)}
      >
        Cancel export
      </button>
    </div>
  );
}
