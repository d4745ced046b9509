import { useCallback, useEffect, useState } from 'react';
import { onCommand } from '../app/command-bus';

interface Removable<Row> {
  remove(id: string): Promise<Row | undefined>;
  restore(row: Row): Promise<void>;
}

/** The list's last removal, or its undo: what Undo or Redo (the menu, Ctrl+Z) acts on next. */
type LastChange<Row> = { kind: 'removed' | 'restored'; id: string; row: Row } | null;

/**
 * Removes a row at once and keeps it, so an Undo can put it back: from the notice for a few
 * seconds, and from Edit › Undo (Ctrl+Z outside a text field) while the list is on screen; Redo
 * removes it again. The newest list to change answers the menu.
 */
export function useUndoableRemoval<Row>(repository: Removable<Row>) {
  // What the notice offers to undo; it goes when the notice expires, the keyboard's undo stays.
  const [removed, setRemoved] = useState<Row | null>(null);
  const [last, setLast] = useState<LastChange<Row>>(null);
  const [error, setError] = useState<string | null>(null);

  const remove = useCallback(
    async (id: string) => {
      try {
        const row = await repository.remove(id);
        if (row) {
          setRemoved(row);
          setLast({ kind: 'removed', id, row });
        }
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : String(failure));
      }
    },
    [repository],
  );

  const undo = useCallback(async () => {
    const target = last?.kind === 'removed' ? last : null;
    if (!target) return;
    setRemoved(null);
    try {
      await repository.restore(target.row);
      setLast({ ...target, kind: 'restored' });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }, [last, repository]);

  const redo = useCallback(async () => {
    if (last?.kind === 'restored') await remove(last.id);
  }, [last, remove]);

  useEffect(() => {
    if (last?.kind === 'removed') return onCommand('undo-removal', () => void undo());
    if (last?.kind === 'restored') return onCommand('redo-removal', () => void redo());
    return undefined;
  }, [last, undo, redo]);

  return {
    removed,
    remove,
    undo,
    dismiss: useCallback(() => setRemoved(null), []),
    error,
    clearError: () => setError(null),
  };
}
