import { projectorMessageSchema, type ProjectorMessage } from './projection/projection';

/**
 * The laptop's window and the projector's talk over a BroadcastChannel: both load the app from
 * the same origin, so nothing crosses main and the projector needs no access to the data. Every
 * message is parsed on arrival; anything else on the channel is ignored.
 */
export const projectorChannelName = 'session-studio-projector';

export interface ProjectorChannel {
  send(message: ProjectorMessage): void;
  close(): void;
}

export function openProjectorChannel(
  onMessage: (message: ProjectorMessage) => void,
): ProjectorChannel {
  const channel = new BroadcastChannel(projectorChannelName);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const parsed = projectorMessageSchema.safeParse(event.data);
    if (parsed.success) onMessage(parsed.data);
  };
  return {
    send: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
