import {
  canCancelFullBackupAt,
  fullBackupStagesOf,
  restoreSteps,
  type FullBackupProgress,
  type RestoreStep,
} from '../../../../shared/backups/backup-progress';
import { TaskProgress } from '../../components/TaskProgress';
import type { BackupRestore } from '../../hooks/use-backup-restore';
import type { FullBackupExport } from '../../hooks/use-full-backup-export';

const of = (done: number, total: number) =>
  total > 0
    ? ` (${Math.min(done + 1, total).toLocaleString('en')} of ${total.toLocaleString('en')})`
    : '';

function fullBackupLabel({ stage, done, total }: FullBackupProgress): string | null {
  if (stage === 'reading') return `Reading the engagements…${of(done, total)}`;
  if (stage === 'protecting') return 'Protecting the file with the passphrase…';
  if (stage === 'saving') return 'Saving the file…';
  return null;
}

function restoreLabel(step: RestoreStep, done: number, total: number): string {
  if (step === 'backing-up') return 'Backing up the engagements as they are now…';
  if (step === 'reading') return `Reading the engagements from the backup…${of(done, total)}`;
  return 'Writing the engagements to this laptop…';
}

/** A full backup or a restore under way, step by step, with its cancel. */
export function BackupProgress({
  restore,
  fullBackup,
}: {
  restore: BackupRestore;
  fullBackup: FullBackupExport;
}) {
  const backingUp = fullBackup.state;
  const restoring = restore.state;
  return (
    <>
      {backingUp.kind === 'busy' ? (
        <TaskProgress
          label={fullBackupLabel(backingUp.progress)}
          step={
            backingUp.progress.stage === null
              ? 0
              : fullBackupStagesOf(backingUp.protectedFile).indexOf(backingUp.progress.stage)
          }
          steps={fullBackupStagesOf(backingUp.protectedFile).length}
          name="Backup progress"
          cancelLabel="Cancel backup"
          cancelling={backingUp.cancelling}
          canCancel={canCancelFullBackupAt(backingUp.progress.stage)}
          onCancel={() => void fullBackup.cancel()}
        />
      ) : null}
      {restoring.kind === 'restoring' ? (
        <TaskProgress
          label={restoreLabel(restoring.step, restoring.done, restoring.total)}
          step={restoreSteps.indexOf(restoring.step)}
          steps={restoreSteps.length}
          name="Restore progress"
          cancelLabel="Cancel restore"
          cancelling={restoring.cancelling}
          canCancel={restoring.step !== 'writing'}
          onCancel={restore.cancel}
        />
      ) : null}
    </>
  );
}
