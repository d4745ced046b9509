import { ValidationError } from './repositories/validation';

/**
 * What "saved" means on screen: an edit is saved once it is in IndexedDB and main has acknowledged
 * it in its safety copy. `editing` counts fields whose typed text is so far only in the field (not
 * yet handed to a write), `pending` counts writes still on their way to either copy; `error` is
 * the last write's failure or the safety copy's problem. A tiny store read with
 * useSyncExternalStore.
 */
export interface SaveStatus {
  editing: number;
  /** Fields whose typed value was refused (its reason shows beside it): not saved, not pending. */
  refused: number;
  pending: number;
  lastSavedAt: number | null;
  error: string | null;
}

/** What the journal sender reports: changes main has not acknowledged yet, and why, if stuck. */
export interface SafetyCopyProgress {
  waiting: number;
  problem: string | null;
}

let writes = { pending: 0, error: null as string | null };
let safety: SafetyCopyProgress = { waiting: 0, problem: null };
let lastSavedAt: number | null = null;
/** Fields holding text that is in neither copy yet, and whether that text was refused. */
export type DraftState = 'clean' | 'typing' | 'refused';
const drafts = new Map<object, Exclude<DraftState, 'clean'>>();
let status: SaveStatus = { editing: 0, refused: 0, pending: 0, lastSavedAt: null, error: null };
const listeners = new Set<() => void>();

function publish() {
  const refused = [...drafts.values()].filter((state) => state === 'refused').length;
  const next: SaveStatus = {
    editing: drafts.size - refused,
    refused,
    pending: writes.pending + safety.waiting,
    lastSavedAt,
    error: writes.error ?? safety.problem,
  };
  if (
    next.editing === status.editing &&
    next.refused === status.refused &&
    next.pending === status.pending &&
    next.lastSavedAt === status.lastSavedAt &&
    next.error === status.error
  )
    return;
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
  writes = { ...writes, pending: writes.pending + 1 };
  publish();
  try {
    const result = await write;
    writes = { pending: writes.pending - 1, error: null };
    lastSavedAt = Date.now();
    publish();
    return result;
  } catch (error) {
    // A refusal (a full list, an invalid value) wrote nothing and is shown where it was asked for;
    // everything stored is still saved, so only real write failures stay on the indicator.
    const message =
      error instanceof ValidationError
        ? writes.error
        : error instanceof Error
          ? error.message
          : String(error);
    writes = { pending: writes.pending - 1, error: message };
    publish();
    throw error;
  }
}

/**
 * A field reports whether it holds typed text not yet handed to a write: 'typing' from the first
 * keystroke until its save has started and nothing newer was typed, 'refused' while the text it
 * holds was refused (its reason beside it), 'clean' otherwise. Keyed by any object the field owns,
 * so a field counts once however often it reports.
 */
export function reportDraft(field: object, state: DraftState) {
  if ((drafts.get(field) ?? 'clean') === state) return;
  if (state === 'clean') drafts.delete(field);
  else drafts.set(field, state);
  publish();
}

export function reportSafetyCopy(progress: SafetyCopyProgress) {
  if (progress.waiting === 0 && safety.waiting > 0 && progress.problem === null)
    lastSavedAt = Date.now();
  safety = progress;
  publish();
}

export function resetSaveStatusForTests() {
  writes = { pending: 0, error: null };
  safety = { waiting: 0, problem: null };
  lastSavedAt = null;
  drafts.clear();
  publish();
}
