import { z } from 'zod';
import { engagementFileContentSchema } from '../engagement-file/file-schema';
import { backupReasons } from './backup-reasons';

/**
 * What crosses IPC for the Backups screen: the automatic backups main keeps, a backup opened for
 * a restore (an automatic one, or a full backup file the consultant picks), its engagements one by
 * one, and the backup of the current state that every restore takes first.
 */
export const backupIdSchema = z.string().min(1).max(100);

export const backupSummarySchema = z.object({
  id: backupIdSchema,
  takenAt: z.number(),
  reason: z.enum(backupReasons),
  /** Engagements it holds (deleted ones waiting to be purged left out). */
  engagements: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});
export type BackupSummary = z.infer<typeof backupSummarySchema>;

export const backupListSchema = z.object({
  backups: z.array(backupSummarySchema),
  /** Backups whose manifest fails its checksum: listed by name only, never restored. */
  damaged: z.array(z.string()),
  folder: z.string(),
  /** How the backups are kept on disk, in a sentence: encrypted at rest, or why not. */
  atRest: z.string().nullable(),
});
export type BackupList = z.infer<typeof backupListSchema>;

export const backupSourceSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('automatic'), id: backupIdSchema }),
  /** A full backup file, picked in the open dialog. */
  z.object({ source: z.literal('file') }),
]);
export type BackupSource = z.infer<typeof backupSourceSchema>;

export const backupEngagementSchema = z.object({
  id: z.string(),
  clientName: z.string(),
  title: z.string(),
  rows: z.number().int().nonnegative(),
});
export type BackupEngagement = z.infer<typeof backupEngagementSchema>;

export const openedBackupSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  /** Damaged or not a backup: nothing can be restored from it; each problem is a line. */
  z.object({ status: z.literal('refused'), name: z.string(), problems: z.array(z.string()) }),
  /**
   * A full backup file protected with a passphrase: it waits in main under `ticket` until it is
   * unlocked. `problem` says why the last passphrase did not open it; null before the first try.
   */
  z.object({
    status: z.literal('locked'),
    name: z.string(),
    ticket: z.string(),
    problem: z.string().nullable(),
  }),
  z.object({
    status: z.literal('opened'),
    /** Names this opened backup in the calls that restore from it. */
    token: z.string(),
    /** "the automatic backup of …" or the file's name, for messages. */
    name: z.string(),
    takenAt: z.number(),
    engagements: z.array(backupEngagementSchema),
  }),
]);
export type OpenedBackup = z.infer<typeof openedBackupSchema>;

export const backupTokenSchema = z.object({ token: z.string().min(1).max(100) });

export const restorePreparedSchema = z.object({
  /** The automatic backup of the state before the restore; null when there was nothing. */
  before: z.number().nullable(),
});

export const backupEngagementRequestSchema = z.object({
  token: z.string().min(1).max(100),
  engagementId: z.string().min(1).max(64),
});

/** One engagement of an opened backup, checked as an engagement file is. */
export const backupEngagementContentSchema = engagementFileContentSchema;

export const takeBackupRequestSchema = z.object({
  reason: z.enum(['import', 'schema-migration']),
});
export const takenBackupSchema = z.object({ takenAt: z.number().nullable() });
