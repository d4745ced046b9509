import { backupTimeLabel } from '../../shared/backups/backup-reasons';
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { BackupEngagement, OpenedBackup } from '../../shared/backups/backup-schemas';
import {
  collectFullBackup,
  fullBackupExtension,
  type FullBackupFile,
} from '../../shared/backups/full-backup-file';
import type { SaveOutcome } from '../../shared/ipc/contract';
import type { EngagementFile, EngagementFileContent } from '../../shared/engagement-file/format';
import { describeAtRest } from '../crypto/at-rest-protection';
import { startDerivingKeys, type PendingKeys } from '../crypto/passphrase-envelope';
import type { SafetyCopy } from '../data/safety-copy';
import { withSafetyErrors } from '../data/safety-handlers';
import type { BackupManifest } from '../data/unit-manifest';
import { describeFileError } from '../files/describe-file-error';
import type { HandlerPlatform } from '../ipc/create-handlers';
import { UserFacingError, type IpcHandlers } from '../ipc/dispatch';
import { engagementFileOfUnit } from './engagement-of-unit';
import {
  createFullBackupRuns,
  FullBackupCancelledError,
  type FullBackupRun,
} from './full-backup-runs';
import {
  checkFullBackupBytes,
  fullBackupBytes,
  readFullBackupBytes,
  type FullBackupOutcome,
} from './full-backup-io';

type BackupHandlers = Pick<
  IpcHandlers,
  | 'listBackups'
  | 'openBackup'
  | 'prepareRestore'
  | 'readBackupEngagement'
  | 'exportFullBackup'
  | 'exportProtectedFullBackup'
  | 'unlockFullBackup'
  | 'takeBackup'
  | 'getFullBackupProgress'
  | 'cancelFullBackup'
>;

const filters = [{ name: 'Session Studio full backup', extensions: [fullBackupExtension] }];

/** A backup opened for a restore: what it holds, and each engagement on demand. */
interface Opened {
  token: string;
  /** The current state was backed up for this restore: only then are engagements handed out. */
  prepared: boolean;
  /** The automatic backup it reads, kept by the rotation when the current state is backed up. */
  automatic: string | null;
  read(engagementId: string): Promise<EngagementFileContent>;
}

const content = ({ engagement, tables }: EngagementFile): EngagementFileContent => ({
  engagement,
  tables,
});

/** The engagements a backup's manifest lists: those with an engagement row not deleted. */
function engagementsOf(manifest: BackupManifest): BackupEngagement[] {
  return Object.entries(manifest.units)
    .filter(([, entry]) => entry.label && entry.label.deletedAt === 0)
    .map(([id, entry]) => ({
      id,
      clientName: entry.label!.clientName,
      title: entry.label!.title,
      rows: entry.rows,
    }))
    .sort((a, b) => a.clientName.localeCompare(b.clientName) || a.title.localeCompare(b.title));
}

/**
 * The Backups screen's doors. Every restore goes: open (checksums verified, nothing written),
 * prepare (an automatic backup of the current state), then each engagement in turn, which the
 * renderer writes; main refuses to hand out an engagement before the current state is backed up.
 */
export function createBackupHandlers(
  platform: HandlerPlatform,
  safetyCopy: () => SafetyCopy,
  writeFile: (filePath: string, data: Uint8Array) => Promise<void>,
): BackupHandlers {
  const runs = createFullBackupRuns();
  let opened: Opened | null = null;
  /** A protected full backup waiting for its passphrase: read once, kept here, never sent. */
  let locked: { ticket: string; name: string; bytes: Buffer } | null = null;
  const safely = <T>(task: () => Promise<T>) => withSafetyErrors(platform, task);
  const app = () => {
    const { name, version } = platform.appInfo();
    return { name, version };
  };

  async function openAutomatic(id: string): Promise<OpenedBackup> {
    const copy = safetyCopy();
    const manifest = await safely(() => copy.readBackup(id));
    const name = manifest ? `the backup of ${backupTimeLabel(manifest.takenAt)}` : id;
    if (!manifest)
      return {
        status: 'refused',
        name,
        problems: ['This backup is damaged: it does not match its checksum. Choose another one.'],
      };
    const engagements = engagementsOf(manifest);
    const damaged = await safely(() =>
      copy.damagedInBackup(
        manifest,
        engagements.map((engagement) => engagement.id),
      ),
    );
    if (damaged.length > 0)
      return {
        status: 'refused',
        name,
        problems: engagements
          .filter((engagement) => damaged.includes(engagement.id))
          .map(
            (engagement) =>
              `The backup’s copy of “${engagement.clientName} — ${engagement.title}” is damaged: it does not match its checksum.`,
          ),
      };
    const token = randomUUID();
    opened = {
      token,
      prepared: false,
      automatic: id,
      async read(engagementId) {
        const file = await safely(() => copy.readBackupUnit(manifest, engagementId));
        if (!file) throw new UserFacingError('This backup’s copy of the engagement is damaged.');
        const checked = engagementFileOfUnit(file, app());
        if (!checked.ok) throw new UserFacingError(checked.problems.join('\n'));
        return content(checked.file);
      },
    };
    return { status: 'opened', token, name, takenAt: manifest.takenAt, engagements };
  }

  /** A full backup file opened and checked: each engagement handed out from it on demand. */
  function openChecked(name: string, backup: FullBackupFile): OpenedBackup {
    const byId = new Map(backup.engagements.map((file) => [file.engagement.id, file]));
    const token = randomUUID();
    opened = {
      token,
      prepared: false,
      automatic: null,
      async read(engagementId) {
        const file = byId.get(engagementId);
        if (!file) throw new UserFacingError('This backup holds no engagement of that name.');
        return content(file);
      },
    };
    return {
      status: 'opened',
      token,
      name,
      takenAt: Date.parse(backup.createdAt),
      engagements: backup.engagements
        .filter((file) => file.engagement.deletedAt === 0)
        .map((file) => ({
          id: file.engagement.id,
          clientName: file.engagement.clientName,
          title: file.engagement.title,
          rows: 1 + Object.values(file.tables).reduce((sum, rows) => sum + rows.length, 0),
        })),
    };
  }

  /** What the page hears about a checked file; a protected one waits here for its passphrase. */
  function answerFile(checked: FullBackupOutcome, name: string, bytes: Buffer): OpenedBackup {
    if (checked.ok) {
      locked = null;
      return openChecked(name, checked.backup);
    }
    if ('passphrase' in checked) {
      const ticket = locked?.bytes === bytes ? locked.ticket : randomUUID();
      locked = { ticket, name, bytes };
      const problem = checked.passphrase === 'wrong' ? (checked.problems[0] ?? null) : null;
      return { status: 'locked', name, ticket, problem };
    }
    locked = null;
    return { status: 'refused', name, problems: checked.problems };
  }

  async function openFile(): Promise<OpenedBackup> {
    if (!platform.chooseOpenPath)
      throw new UserFacingError('Opening a file is not available here.');
    const filePath = await platform.chooseOpenPath({
      title: 'Restore from a full backup',
      filters,
    });
    if (filePath === null) return { status: 'cancelled' };
    const name = basename(filePath);
    const read = await readFullBackupBytes(filePath);
    if (!read.ok) return { status: 'refused', name, problems: [read.problem] };
    return answerFile(await checkFullBackupBytes(read.bytes, name, null), name, read.bytes);
  }

  /**
   * Every engagement to one file: asks where, reads each engagement from the safety copy, seals
   * the file when a passphrase is given, then writes it atomically. Cancelled before the write
   * begins, it stops and writes nothing: there is never a partial file.
   */
  async function exportFull(passphrase: string | null): Promise<SaveOutcome> {
    const run = runs.start();
    // scrypt's deliberate cost runs on the thread pool while the consultant chooses the file and
    // the engagements are read.
    const keys = passphrase === null ? null : startDerivingKeys(passphrase);
    try {
      const filePath = await platform.chooseSavePath({
        title:
          passphrase === null
            ? 'Back up every engagement to a file'
            : 'Back up every engagement to a protected file',
        defaultFileName: `Session Studio backup ${new Date().toISOString().slice(0, 10)}.${fullBackupExtension}`,
        filters,
      });
      if (filePath === null) return { status: 'cancelled' };
      const bytes = await fullBackupOf(run, keys);
      run.beginSaving();
      try {
        await writeFile(filePath, bytes);
      } catch (error) {
        throw new UserFacingError(describeFileError(error, filePath));
      }
      return { status: 'saved', filePath };
    } catch (error) {
      if (error instanceof FullBackupCancelledError) return { status: 'cancelled' };
      throw error;
    } finally {
      run.end();
    }
  }

  /** The full backup's bytes, each engagement read in turn and told to the run. */
  async function fullBackupOf(run: FullBackupRun, keys: PendingKeys | null): Promise<Uint8Array> {
    run.reached('reading');
    const engagements: EngagementFile[] = [];
    // A cancel stops the reading at the next engagement; it is no failure of the safety copy.
    const cancelled = await safely(async () => {
      try {
        await safetyCopy().readEveryUnit((unit, { done, total }) => {
          run.read(done + 1, total);
          const row = unit.tables.engagements?.rows[0];
          if (!row || row.deletedAt !== 0) return;
          const checked = engagementFileOfUnit(unit, app());
          if (!checked.ok)
            throw new UserFacingError(
              `“${String(row.clientName)} — ${String(row.title)}” cannot be backed up: ${checked.problems[0]} Nothing was written.`,
            );
          engagements.push(checked.file);
        });
        return false;
      } catch (error) {
        if (error instanceof FullBackupCancelledError) return true;
        throw error;
      }
    });
    if (cancelled) throw new FullBackupCancelledError();
    const backup = collectFullBackup(engagements, { createdAt: new Date(), app: app() });
    if (keys !== null) run.reached('protecting');
    return fullBackupBytes(backup, keys);
  }

  function current(token: string): Opened {
    if (opened?.token !== token)
      throw new UserFacingError('That backup is no longer open. Open it again to restore from it.');
    return opened;
  }

  return {
    async listBackups() {
      const listed = await safely(() => safetyCopy().listBackups());
      return {
        backups: listed.flatMap(({ name, manifest }) =>
          manifest
            ? [
                {
                  id: name,
                  takenAt: manifest.takenAt,
                  reason: manifest.reason,
                  engagements: engagementsOf(manifest).length,
                  bytes: Object.values(manifest.units).reduce((sum, unit) => sum + unit.bytes, 0),
                },
              ]
            : [],
        ),
        damaged: listed.filter(({ manifest }) => !manifest).map(({ name }) => name),
        folder: platform.appInfo().userDataPath,
        atRest: platform.atRest ? describeAtRest(await platform.atRest.state()) : null,
      };
    },

    openBackup: (source) => (source.source === 'automatic' ? openAutomatic(source.id) : openFile()),

    async prepareRestore({ token }) {
      const backup = current(token);
      // The backup of the current state must not rotate out the one about to be restored.
      const keep = backup.automatic ?? undefined;
      const taken = await safely(() =>
        safetyCopy().takeBackup('restore', keep === undefined ? {} : { keep }),
      );
      backup.prepared = true;
      return { before: taken?.manifest.takenAt ?? null };
    },

    async readBackupEngagement({ token, engagementId }) {
      const backup = current(token);
      if (!backup.prepared)
        throw new UserFacingError(
          'Session Studio backs up the current state before a restore, and has not done so yet.',
        );
      return backup.read(engagementId);
    },

    exportFullBackup: () => exportFull(null),
    exportProtectedFullBackup: ({ passphrase }) => exportFull(passphrase),

    async unlockFullBackup({ ticket, passphrase }) {
      const waiting = locked;
      if (waiting?.ticket !== ticket)
        throw new UserFacingError(
          'That backup is no longer waiting for its passphrase. Choose it again with “Restore from a file…”.',
        );
      const checked = await checkFullBackupBytes(waiting.bytes, waiting.name, passphrase);
      return answerFile(checked, waiting.name, waiting.bytes);
    },

    getFullBackupProgress: async () => runs.progress(),
    cancelFullBackup: async () => ({ cancelled: runs.cancel() }),

    async takeBackup({ reason }) {
      const taken = await safely(() => safetyCopy().takeBackup(reason));
      return { takenAt: taken?.manifest.takenAt ?? null };
    },
  };
}
