import { useCallback, useState } from 'react';
import type { Engagement } from '../../../../shared/domain/engagement';
import { engagementRepository } from '../../db/repositories/engagement-repository';

/** Confirm, delete at once, offer Undo for a few seconds, then purge for good. */
export function useEngagementDeletion() {
  const [confirming, setConfirming] = useState<Engagement | null>(null);
  const [deleted, setDeleted] = useState<Engagement | null>(null);

  const confirm = useCallback(async () => {
    if (!confirming) return;
    await engagementRepository.softDelete(confirming.id);
    setDeleted(confirming);
    setConfirming(null);
  }, [confirming]);

  const undo = useCallback(async () => {
    if (!deleted) return;
    await engagementRepository.undoDelete(deleted.id);
    setDeleted(null);
  }, [deleted]);

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
