import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * Saves a capture as it is typed: the first save creates its row, every later save updates that
 * row. Saves made while the row is still being created wait for it, so two quick saves never make
 * two rows; a refused creation (a full list) can be tried again.
 */
export function useCaptureRow<Patch>({
  create,
  update,
  onCreated,
}: {
  create: (patch: Patch) => Promise<string>;
  update: (id: string, patch: Patch) => Promise<void>;
  onCreated: (id: string) => void;
}) {
  const row = useRef<Promise<string> | null>(null);
  const latest = useRef({ create, update, onCreated });
  useLayoutEffect(() => {
    latest.current = { create, update, onCreated };
  });

  const save = useCallback(async (patch: Patch) => {
    if (row.current === null) {
      const creating = latest.current.create(patch);
      row.current = creating;
      try {
        latest.current.onCreated(await creating);
      } catch (failure) {
        row.current = null;
        throw failure;
      }
      return;
    }
    await latest.current.update(await row.current, patch);
  }, []);

  /** The row's id once created; null while nothing was saved. */
  const rowId = useCallback(async () => (row.current ? row.current.catch(() => null) : null), []);
  return { save, rowId };
}
