import { backupTimeLabel } from '../../../shared/backups/backup-reasons';
import { useCallback, useState } from 'react';
import type { BackupSource, OpenedBackup } from '../../../shared/backups/backup-schemas';
import { backupRestoreRepository } from '../db/repositories/backup-restore-repository';
import { safetyCopySettled } from '../db/safety/take-backup';
import { platformApi } from '../platform/session-studio-api';

type Opened = Extract<OpenedBackup, { status: 'opened' }>;

export type RestoreState =
  | { kind: 'idle' }
  | { kind: 'opening' }
  /** The backup is open and checked: the consultant chooses everything or one engagement. */
  | { kind: 'choosing'; backup: Opened }
  | { kind: 'restoring'; backup: Opened; done: number; total: number }
  /** Done; `failed` names engagements that could not be restored (the others were). */
  | { kind: 'restored'; message: string; failed: string[] }
  | { kind: 'refused'; name: string | null; problems: string[] };

/** "everything" restores the whole backup; an engagement's id restores only that one. */
export type RestoreChoice = 'everything' | string;

const idle: RestoreState = { kind: 'idle' };

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/**
 * Restoring from a backup: main opens and checks it (nothing written), the consultant chooses,
 * main backs up the current state, then each engagement is written whole. A whole restore also
 * removes the engagements the backup does not hold: the state becomes the backup's.
 */
export function useBackupRestore(onRestored: () => void) {
  const [state, setState] = useState<RestoreState>(idle);

  const open = useCallback(async (source: BackupSource) => {
    setState({ kind: 'opening' });
    const result = await platformApi().openBackup(source);
    if (!result.ok) setState({ kind: 'refused', name: null, problems: [result.error.message] });
    else if (result.value.status === 'cancelled') setState(idle);
    else if (result.value.status === 'refused')
      setState({ kind: 'refused', name: result.value.name, problems: result.value.problems });
    else setState({ kind: 'choosing', backup: result.value });
  }, []);

  const restore = useCallback(
    async (choice: RestoreChoice) => {
      if (state.kind !== 'choosing') return;
      const { backup } = state;
      const api = platformApi();
      const ids =
        choice === 'everything' ? backup.engagements.map((engagement) => engagement.id) : [choice];
      setState({ kind: 'restoring', backup, done: 0, total: ids.length });
      // Everything typed so far is in main's copy, so the backup of the current state holds it.
      await safetyCopySettled();
      const prepared = await api.prepareRestore({ token: backup.token });
      if (!prepared.ok) {
        setState({
          kind: 'refused',
          name: backup.name,
          problems: [`${prepared.error.message} Nothing was restored.`],
        });
        return;
      }
      const failed: string[] = [];
      for (const [index, engagementId] of ids.entries()) {
        const content = await api.readBackupEngagement({ token: backup.token, engagementId });
        if (content.ok) await backupRestoreRepository.replaceEngagement(content.value);
        else {
          const engagement = backup.engagements.find((item) => item.id === engagementId);
          failed.push(`${engagement?.clientName} — ${engagement?.title}: ${content.error.message}`);
        }
        setState({ kind: 'restoring', backup, done: index + 1, total: ids.length });
      }
      if (choice === 'everything') {
        const kept = new Set(ids);
        for (const id of await backupRestoreRepository.engagementIds())
          if (!kept.has(id)) await backupRestoreRepository.removeEngagement(id);
      }
      await safetyCopySettled();
      onRestored();
      const restored = ids.length - failed.length;
      const before = prepared.value.before;
      const message = [
        `Restored ${plural(restored, 'engagement', 'engagements')} from ${backup.name}.`,
        before !== null
          ? `The state before the restore is kept as the backup of ${backupTimeLabel(before)}.`
          : '',
      ]
        .filter(Boolean)
        .join(' ');
      setState({ kind: 'restored', message, failed });
    },
    [state, onRestored],
  );

  return { state, open, restore, dismiss: useCallback(() => setState(idle), []) };
}

export type BackupRestore = ReturnType<typeof useBackupRestore>;
