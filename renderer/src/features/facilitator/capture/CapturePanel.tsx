import {
  captureKeys,
  captureKinds,
  captureLabels,
  type CaptureKind,
} from '../../../../../shared/domain/capture';
import type { Session } from '../../../../../shared/domain/session';
import { Notice } from '../../../components/Notice';
import { UndoToast } from '../../../components/UndoToast';
import { useActionItems } from '../../../hooks/use-action-items';
import { useParticipants } from '../../../hooks/use-participants';
import { useSessionNotes } from '../../../hooks/use-session-notes';
import { ownerResolver } from '../../action-items/owner-resolver';
import { ActionCaptureForm } from './ActionCaptureForm';
import { capturedUnder } from './captured-under';
import { describeTarget, type CaptureTarget } from './capture-target';
import { NoteCaptureForm } from './NoteCaptureForm';
import type { useCaptures } from './use-captures';
import './capture.css';

interface CapturePanelProps {
  session: Pick<Session, 'id' | 'engagementId'>;
  /** What a capture opened now would be tied to. */
  target: CaptureTarget;
  captures: ReturnType<typeof useCaptures>;
  onStart: (kind: CaptureKind) => void;
}

const undoKey = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘Z' : 'Ctrl+Z';

/** Capture while the session runs: one key per kind, a line to type, what was captured so far. */
export function CapturePanel({ session, target, captures, onStart }: CapturePanelProps) {
  const notes = useSessionNotes(session.id);
  const actions = useActionItems(session.engagementId);
  const participants = useParticipants(session.id);
  const { open } = captures;
  const shownTarget = open ? open.target : target;
  const lines =
    notes && actions && participants
      ? capturedUnder(
          shownTarget?.id ?? null,
          session.id,
          notes,
          actions,
          ownerResolver(participants),
        )
      : [];

  return (
    <section className="capture" aria-labelledby="capture-title" data-testid="capture-panel">
      <header className="capture__header">
        <h2 id="capture-title">Capture</h2>
        <p className="capture__target" data-testid="capture-target">
          Under {describeTarget(shownTarget)}
        </p>
      </header>
      <div className="capture__keys" role="group" aria-label="Capture keys">
        {captureKinds.map((kind) => (
          <button
            key={kind}
            type="button"
            className="button capture__key"
            aria-keyshortcuts={captureKeys[kind].toUpperCase()}
            onClick={() => onStart(kind)}
          >
            <kbd>{captureKeys[kind].toUpperCase()}</kbd> {captureLabels[kind].one}
          </button>
        ))}
        <span className="subtle capture__undo-key">{undoKey} takes back the last capture</span>
      </div>
      {open ? (
        open.kind === 'action' ? (
          <ActionCaptureForm
            key={open.serial}
            engagementId={session.engagementId}
            sessionId={session.id}
            target={open.target}
            participants={participants ?? []}
            onCreated={(id) => captures.created('action', id)}
            onDone={(outcome, words) => captures.done('action', outcome, words)}
          />
        ) : (
          <NoteCaptureForm
            key={open.serial}
            sessionId={session.id}
            kind={open.kind}
            target={open.target}
            onCreated={(id) => captures.created(open.kind, id)}
            onDone={(outcome, words) => captures.done(open.kind, outcome, words)}
          />
        )
      ) : null}
      {captures.error ? (
        <Notice tone="error" onDismiss={captures.clearError}>
          {captures.error}
        </Notice>
      ) : null}
      {lines.length > 0 ? (
        <ul className="capture__list" aria-label="Captured here" data-testid="captured">
          {lines.map((line) => (
            <li key={line.id} className={`capture__line capture__line--${line.kind}`}>
              <span className="capture__kind">{captureLabels[line.kind].one}</span>
              <span className="capture__text">{line.text}</span>
              {line.detail ? <span className="capture__detail">{line.detail}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="subtle">Nothing captured here yet.</p>
      )}
      {captures.removedMessage ? (
        <UndoToast
          key={captures.removedMessage}
          message={captures.removedMessage}
          onUndo={() => void captures.bringBack()}
          onExpire={captures.dismissRemoved}
          durationMs={10_000}
        />
      ) : null}
    </section>
  );
}
