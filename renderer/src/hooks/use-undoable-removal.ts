import { useCallback, useState } from 'react';

interface Removable<Row> {
  remove(id: string): Promise<Row | undefined>;
  restore(row: Row): Promise<void>;
}

/** Removes a row at once and keeps it for a few seconds, so an Undo can put it back. */
export function useUndoableRemoval<Row>(repository: Removable<Row>) {
  const [removed, setRemoved] = useState<Row | null>(null);
  const [error, setError] = useState<string | null>(null);

  const remove = useCallback(
    async (id: string) => {
      try {
        const row = await repository.remove(id);
        if (row) setRemoved(row);
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : String(failure));
      }
    },
    [repository],
  );

  const undo = useCallback(async () => {
    if (!removed) return;
    setRemoved(null);
    try {
      await repository.restore(removed);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }, [removed, repository]);

  return {
    removed,
    remove,
    undo,
    dismiss: () => setRemoved(null),
    error,
    clearError: () => setError(null),
  };
}
