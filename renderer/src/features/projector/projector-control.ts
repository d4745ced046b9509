import { platformApi } from '../../platform/session-studio-api';
import type { ProjectorChannel } from './projector-channel';
import type { Projection } from './projection/projection';

/**
 * The laptop's hold on the projector: whether its window is open, frozen, showing private fields,
 * and what it shows. One store for the laptop's window, so the projector keeps its settings as the
 * consultant moves between worksheets and facilitator mode.
 */
export interface ProjectorControlState {
  status: 'closed' | 'opening' | 'open';
  /** The projected view holds still; the laptop keeps editing. */
  frozen: boolean;
  /** Notes and internal checks stay off the projector. On by default: confidential first. */
  hidePrivate: boolean;
  /** The laptop's worksheet, or always the agenda. */
  show: 'worksheet' | 'agenda';
  notice: { tone: 'info' | 'error'; text: string } | null;
}

const initial: ProjectorControlState = {
  status: 'closed',
  frozen: false,
  hidePrivate: true,
  show: 'worksheet',
  notice: null,
};

let state = initial;
const listeners = new Set<() => void>();
let channel: ProjectorChannel | null = null;
/** The last projection sent, sent again to a projector window that (re)loads. */
let latest: Projection | null = null;

function update(next: Partial<ProjectorControlState>) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export const projectorControl = {
  get: () => state,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  async open() {
    if (state.status === 'opening') return;
    update({ status: 'opening', notice: null });
    // The channel's message checks (zod) load when the projector is first opened, not at the start.
    channel ??= (await import('./projector-channel')).openProjectorChannel((message) => {
      if (message.kind === 'hello') {
        // A projector window is there (it opened, or reloaded): it is open, and shown the latest.
        if (state.status === 'closed') update({ status: 'open', notice: null });
        if (latest) channel?.send({ kind: 'show', projection: latest });
      }
      if (message.kind === 'closed' && state.status === 'open')
        update({
          status: 'closed',
          frozen: false,
          notice: {
            tone: 'info',
            text: 'The projector window closed (closed on its own, or its display was unplugged). Project again to reopen it.',
          },
        });
    });
    const result = await platformApi().openProjector(null);
    if (!result.ok) {
      update({ status: 'closed', notice: { tone: 'error', text: result.error.message } });
      return;
    }
    update({
      status: 'open',
      notice: {
        tone: 'info',
        text:
          result.value.display === 'second'
            ? 'Projecting full screen on the second display.'
            : 'No second display found: the projector window opened on this screen. Drag it to the projector’s display.',
      },
    });
    if (latest) channel.send({ kind: 'show', projection: latest });
  },

  async stop() {
    update({ status: 'closed', frozen: false, notice: null });
    latest = null;
    await platformApi().closeProjector(null);
  },

  setFrozen: (frozen: boolean) => update({ frozen }),
  setHidePrivate: (hidePrivate: boolean) => update({ hidePrivate }),
  setShow: (show: ProjectorControlState['show']) => update({ show }),
  dismissNotice: () => update({ notice: null }),

  /** Sends what the projector shows now; kept for a projector window that reloads. */
  send(projection: Projection) {
    latest = projection;
    channel?.send({ kind: 'show', projection });
  },
};

/** Back to a closed projector: component tests start from here. */
export function resetProjectorControlForTests() {
  channel?.close();
  channel = null;
  latest = null;
  state = initial;
}
