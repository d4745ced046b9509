import { projectorControl } from './projector-control';
import { useProjectorControl } from './use-projector-control';

/** Opens the projector window; while it is open, the projector bar takes over. */
export function ProjectButton() {
  const { status } = useProjectorControl();
  if (status === 'open') return null;
  return (
    <button
      type="button"
      className="button"
      disabled={status === 'opening'}
      title="Open a second window for the projector: it shows the room this worksheet, read-only"
      onClick={() => void projectorControl.open()}
    >
      {status === 'opening' ? 'Opening the projector…' : 'Project'}
    </button>
  );
}
