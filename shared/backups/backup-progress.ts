import { z } from 'zod';

/**
 * What a full backup to a file is doing, in order: reading every engagement from the safety copy,
 * protecting the file with its passphrase (only when asked), saving it.
 */
export const fullBackupStages = ['reading', 'protecting', 'saving'] as const;
export type FullBackupStage = (typeof fullBackupStages)[number];

/** The stages a full backup goes through, with a passphrase or without. */
export function fullBackupStagesOf(protectedFile: boolean): readonly FullBackupStage[] {
  return protectedFile ? fullBackupStages : fullBackupStages.filter((s) => s !== 'protecting');
}

/**
 * The file is written atomically once saving begins (whole or not at all), so from there a full
 * backup is no longer cancelled; before, cancelling stops it and nothing is written.
 */
export function canCancelFullBackupAt(stage: FullBackupStage | null): boolean {
  return stage !== 'saving';
}

/** Whether a full backup is under way, at which stage, and how many engagements it has read. */
export const fullBackupProgressSchema = z.object({
  running: z.boolean(),
  stage: z.enum(fullBackupStages).nullable(),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type FullBackupProgress = z.infer<typeof fullBackupProgressSchema>;

/** Whether the full backup was cancelled: false when none was under way or it was saving. */
export const fullBackupCancelSchema = z.object({ cancelled: z.boolean() });

/**
 * What a restore is doing, in order: backing up the engagements as they are now, reading each
 * engagement from the backup, writing them all. It can be cancelled until it writes: the write is
 * one transaction, whole or not at all.
 */
export const restoreSteps = ['backing-up', 'reading', 'writing'] as const;
export type RestoreStep = (typeof restoreSteps)[number];
