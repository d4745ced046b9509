import type { ProjectorOpened } from '../../shared/ipc/contract';
import { UserFacingError, type IpcHandlers } from '../ipc/dispatch';

/** The projector window as main holds it: Electron in the app, a second page in the tests. */
export interface ProjectorWindow {
  /** Opens it, or brings it back when open; says on which display it is. */
  open(): Promise<ProjectorOpened['display']>;
  /** Closes it when open; nothing when not. */
  close(): void;
}

type ProjectorHandlers = Pick<IpcHandlers, 'openProjector' | 'closeProjector'>;

export function createProjectorHandlers(projector: ProjectorWindow | undefined): ProjectorHandlers {
  return {
    async openProjector() {
      if (!projector)
        throw new UserFacingError('The projector window needs the Session Studio desktop app.');
      return { display: await projector.open() };
    },
    async closeProjector() {
      projector?.close();
      return null;
    },
  };
}
