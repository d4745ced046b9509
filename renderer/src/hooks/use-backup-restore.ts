import { backupTimeLabel } from '../../../shared/backups/backup-reasons';
import { useCallback, useRef, useState } from 'react';
import type { RestoreStep } from '../../../shared/backups/backup-progress';
import type { BackupSource, OpenedBackup } from '../../../shared/backups/backup-schemas';
import type { EngagementFileContent } from '../../../shared/engagement-file/format';
import { backupRestoreRepository } from '../db/repositories/backup-restore-repository';
import { safetyCopySettled } from '../db/safety/take-backup';
import type { IpcResult } from '../../../shared/ipc/result';
import { platformApi } from '../platform/session-studio-api';

type Opened = Extract<OpenedBackup, { status: 'opened' }>;

export type RestoreState =
  | { kind: 'idle' }
  | { kind: 'opening' }
  /** The backup is open and checked: the consultant chooses everything or one engagement. */
  | { kind: 'choosing'; backup: Opened }
  /** A protected full backup file: waits for its passphrase (`problem`: why the last one failed). */
  | { kind: 'locked'; name: string; ticket: string; problem: string | null; unlocking: boolean }
  /** Under way: the step, and how many engagements are read of how many. */
  | {
      kind: 'restoring';
      backup: Opened;
      step: RestoreStep;
      done: number;
      total: number;
      cancelling: boolean;
    }
  /** The consultant cancelled it before it wrote: the engagements are as they were. */
  | { kind: 'cancelled'; name: string }
  | { kind: 'restored'; message: string }
  | { kind: 'refused'; name: string | null; problems: string[] };

/** "everything" restores the whole backup; an engagement's id restores only that one. */
export type RestoreChoice = 'everything' | string;

const idle: RestoreState = { kind: 'idle' };

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/**
 * Restoring from a backup: main opens and checks it (nothing written), the consultant chooses,
 * main backs up the current state, each engagement is read from the backup, then all are written:
 * to main's safety copy first, then to the database in small transactions, so a restore cut short
 * is completed at the next start. A whole restore also removes the engagements the backup does not hold: the
 * state becomes the backup's. Until it writes, it can be cancelled, and nothing changes.
 */
export function useBackupRestore(onRestored: () => void) {
  const [state, setState] = useState<RestoreState>(idle);
  const cancelAsked = useRef(false);

  /** What main said of a backup it opened (or tried to unlock). */
  const opened = useCallback((result: IpcResult<OpenedBackup>) => {
    if (!result.ok) setState({ kind: 'refused', name: null, problems: [result.error.message] });
    else if (result.value.status === 'cancelled') setState(idle);
    else if (result.value.status === 'refused')
      setState({ kind: 'refused', name: result.value.name, problems: result.value.problems });
    else if (result.value.status === 'locked')
      setState({ kind: 'locked', ...result.value, unlocking: false });
    else setState({ kind: 'choosing', backup: result.value });
  }, []);

  const open = useCallback(
    async (source: BackupSource) => {
      setState({ kind: 'opening' });
      opened(await platformApi().openBackup(source));
    },
    [opened],
  );

  const unlock = useCallback(
    async (passphrase: string) => {
      if (state.kind !== 'locked') return;
      setState({ ...state, unlocking: true });
      opened(await platformApi().unlockFullBackup({ ticket: state.ticket, passphrase }));
    },
    [state, opened],
  );

  const restore = useCallback(
    async (choice: RestoreChoice) => {
      if (state.kind !== 'choosing') return;
      const { backup } = state;
      const api = platformApi();
      const ids =
        choice === 'everything' ? backup.engagements.map((engagement) => engagement.id) : [choice];
      cancelAsked.current = false;
      const at = (step: RestoreStep, done = 0) =>
        setState({
          kind: 'restoring',
          backup,
          step,
          done,
          total: ids.length,
          cancelling: cancelAsked.current,
        });
      /** At each step before the write: true (and said) when the consultant cancelled. */
      const stopsHere = () => {
        if (cancelAsked.current) setState({ kind: 'cancelled', name: backup.name });
        return cancelAsked.current;
      };
      const refuse = (problem: string) =>
        setState({
          kind: 'refused',
          name: backup.name,
          problems: [`${problem} Nothing was restored.`],
        });

      at('backing-up');
      // Everything typed so far is in main's copy, so the backup of the current state holds it.
      await safetyCopySettled();
      const prepared = await api.prepareRestore({ token: backup.token });
      if (stopsHere()) return;
      if (!prepared.ok) return refuse(prepared.error.message);
      const contents: EngagementFileContent[] = [];
      for (const [index, engagementId] of ids.entries()) {
        at('reading', index);
        const content = await api.readBackupEngagement({ token: backup.token, engagementId });
        if (stopsHere()) return;
        if (!content.ok) {
          const engagement = backup.engagements.find((item) => item.id === engagementId);
          return refuse(
            `${engagement?.clientName} — ${engagement?.title}: ${content.error.message}`,
          );
        }
        contents.push(content.value);
      }
      at('writing', ids.length);
      try {
        await backupRestoreRepository.restore(contents, { removeOthers: choice === 'everything' });
      } catch (error) {
        return refuse(
          `Session Studio could not write the engagements: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      await safetyCopySettled();
      onRestored();
      const before = prepared.value.before;
      const message = [
        `Restored ${plural(ids.length, 'engagement', 'engagements')} from ${backup.name}.`,
        before !== null
          ? `The state before the restore is kept as the backup of ${backupTimeLabel(before)}.`
          : '',
      ]
        .filter(Boolean)
        .join(' ');
      setState({ kind: 'restored', message });
    },
    [state, onRestored],
  );

  /** Stops the restore at its next step, before it writes; the write itself is not stopped. */
  const cancel = useCallback(() => {
    cancelAsked.current = true;
    setState((now) =>
      now.kind === 'restoring' && now.step !== 'writing' ? { ...now, cancelling: true } : now,
    );
  }, []);

  return { state, open, unlock, restore, cancel, dismiss: useCallback(() => setState(idle), []) };
}

export type BackupRestore = ReturnType<typeof useBackupRestore>;
