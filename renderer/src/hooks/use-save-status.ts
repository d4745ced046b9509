import { useSyncExternalStore } from 'react';
import { saveStatusStore } from '../db/save-status';

export function useSaveStatus() {
  return useSyncExternalStore(saveStatusStore.subscribe, saveStatusStore.get);
}
