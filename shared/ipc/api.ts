import type { MenuCommand } from './channels';
import type { IpcMethod, IpcRequest, IpcResponse } from './contract';
import type { IpcResult } from './result';

/** The API the preload exposes on `window.sessionStudio`, typed from the contract. */
export type SessionStudioApi = {
  [M in IpcMethod]: (request: IpcRequest<M>) => Promise<IpcResult<IpcResponse<M>>>;
} & {
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribes to File › Open Recent: the engagement to open; returns the unsubscribe function. */
  onOpenEngagement(listener: (engagementId: string) => void): () => void;
  /** Subscribes to "engagement files were opened from the desktop"; returns the unsubscribe. */
  onEngagementFilesOpened(listener: () => void): () => void;
};

export const apiGlobalName = 'sessionStudio';
