import { useCallback, useEffect, useState } from 'react';
import type { Engagement } from '../../../../shared/domain/engagement';
import { onCommand } from '../../app/command-bus';
import { engagementRepository } from '../../db/repositories/engagement-repository';

/**
 * Confirm, delete at once, offer Undo for a few seconds (the notice or Edit › Undo), then purge
 * for good. Redo deletes an engagement brought back by Undo again.
 */
export function useEngagementDeletion() {
  const [confirming, setConfirming] = useState<Engagement | null>(null);
  const [deleted, setDeleted] = useState<Engagement | null>(null);
  const [undone, setUndone] = useState<Engagement | null>(null);

  const confirm = useCallback(async () => {
    if (!confirming) return;
    await engagementRepository.softDelete(confirming.id);
    setDeleted(confirming);
    setUndone(null);
    setConfirming(null);
  }, [confirming]);

  const undo = useCallback(async () => {
    if (!deleted) return;
    await engagementRepository.undoDelete(deleted.id);
    setDeleted(null);
    setUndone(deleted);
  }, [deleted]);

  const redo = useCallback(async () => {
    if (!undone) return;
    await engagementRepository.softDelete(undone.id);
    setDeleted(undone);
    setUndone(null);
  }, [undone]);

  useEffect(() => {
    if (deleted) return onCommand('undo-removal', () => void undo());
    if (undone) return onCommand('redo-removal', () => void redo());
    return undefined;
  }, [deleted, undone, undo, redo]);

  const expire = useCallback(() => {
    setDeleted(null);
    void engagementRepository.purgeDeleted();
  }, []);

  return {
    confirming,
    ask: setConfirming,
    cancel: () => setConfirming(null),
    confirm,
    deleted,
    undo,
    expire,
  };
}
