import { Notice } from '../../components/Notice';
import { projectorControl } from './projector-control';
import { projectedViewFor } from './projection/to-projection';
import type { ProjectedViewKind } from './projection/projection';
import { useProjectorControl } from './use-projector-control';
import './projector.css';

export const projectedViewLabels: Record<ProjectedViewKind, string> = {
  agenda: 'the agenda',
  'journey-map': 'the customer journey map',
  funnel: 'the planner’s funnel',
  swot: 'the SWOT',
  objectives: 'the objectives',
};

/**
 * The laptop's controls while the projector is open: what the room sees, freeze, hide private
 * fields, show the agenda instead, stop. Also says why the projector closed.
 */
export function ProjectorBar({ worksheet }: { worksheet: string | null }) {
  const control = useProjectorControl();
  const notice = control.notice ? (
    <Notice tone={control.notice.tone} onDismiss={projectorControl.dismissNotice}>
      {control.notice.text}
    </Notice>
  ) : null;
  if (control.status !== 'open')
    return notice ? <div className="projector-bar">{notice}</div> : null;

  const view = projectedViewFor(worksheet, control.show);
  const what = projectedViewLabels[view.kind];
  return (
    <div className="projector-bar">
      <section className="projector-bar__controls" aria-label="Projector">
        <p className="projector-bar__status" data-testid="projector-status">
          <span className="projector-bar__dot" aria-hidden="true" />
          {control.frozen
            ? 'Projector frozen: the room sees the view as it was.'
            : view.follows
              ? `Projecting ${what}.`
              : worksheet !== null && control.show === 'worksheet'
                ? `Projecting ${what}: this worksheet is not shown to the room.`
                : `Projecting ${what}.`}
        </p>
        <button
          type="button"
          className="button"
          aria-pressed={control.frozen}
          onClick={() => projectorControl.setFrozen(!control.frozen)}
        >
          {control.frozen ? 'Unfreeze' : 'Freeze'}
        </button>
        <label className="projector-bar__option">
          <input
            type="checkbox"
            checked={control.hidePrivate}
            onChange={(event) => projectorControl.setHidePrivate(event.target.checked)}
          />
          Hide private fields (notes, internal checks)
        </label>
        <label className="projector-bar__option">
          Show
          <select
            value={control.show}
            onChange={(event) =>
              projectorControl.setShow(event.target.value === 'agenda' ? 'agenda' : 'worksheet')
            }
          >
            <option value="worksheet">This worksheet</option>
            <option value="agenda">The agenda</option>
          </select>
        </label>
        <button type="button" className="button" onClick={() => void projectorControl.stop()}>
          Stop projecting
        </button>
      </section>
      {notice}
    </div>
  );
}
