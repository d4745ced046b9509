/**
 * What "saved" means on screen: the number of writes in flight and the last failure.
 * A tiny store read with useSyncExternalStore.
 */
export interface SaveStatus {
  pending: number;
  lastSavedAt: number | null;
  error: string | null;
}

let status: SaveStatus = { pending: 0, lastSavedAt: null, error: null };
const listeners = new Set<() => void>();

function set(next: SaveStatus) {
  status = next;
  for (const listener of listeners) listener();
}

export const saveStatusStore = {
  get: () => status,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Wraps a repository write so the indicator shows it; rethrows so callers can react. */
export async function trackSave<T>(write: Promise<T>): Promise<T> {
  set({ ...status, pending: status.pending + 1 });
  try {
    const result = await write;
    set({ pending: status.pending - 1, lastSavedAt: Date.now(), error: null });
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    set({ ...status, pending: status.pending - 1, error: message });
    throw error;
  }
}

export function resetSaveStatusForTests() {
  set({ pending: 0, lastSavedAt: null, error: null });
}
