import { useSyncExternalStore } from 'react';
import { projectorControl, type ProjectorControlState } from './projector-control';

/** The projector's settings as the laptop holds them; re-renders when they change. */
export function useProjectorControl(): ProjectorControlState {
  return useSyncExternalStore(projectorControl.subscribe, projectorControl.get);
}
