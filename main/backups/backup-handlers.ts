import { backupTimeLabel } from '../../shared/backups/backup-reasons';
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { BackupEngagement, OpenedBackup } from '../../shared/backups/backup-schemas';
import { collectFullBackup, fullBackupExtension } from '../../shared/backups/full-backup-file';
import type { EngagementFile, EngagementFileContent } from '../../shared/engagement-file/format';
import type { SafetyCopy } from '../data/safety-copy';
import { withSafetyErrors } from '../data/safety-handlers';
import type { BackupManifest } from '../data/unit-manifest';
import { describeFileError } from '../files/describe-file-error';
import type { HandlerPlatform } from '../ipc/create-handlers';
import { UserFacingError, type IpcHandlers } from '../ipc/dispatch';
import { engagementFileOfUnit } from './engagement-of-unit';
import { readFullBackupFile, writeFullBackupFile } from './full-backup-io';

type BackupHandlers = Pick<
  IpcHandlers,
  | 'listBackups'
  | 'openBackup'
  | 'prepareRestore'
  | 'readBackupEngagement'
  | 'exportFullBackup'
  | 'takeBackup'
>;

const filters = [{ name: 'Session Studio full backup', extensions: [fullBackupExtension] }];

/** A backup opened for a restore: what it holds, and each engagement on demand. */
interface Opened {
  token: string;
  /** The current state was backed up for this restore: only then are engagements handed out. */
  prepared: boolean;
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
  let opened: Opened | null = null;
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

  async function openFile(): Promise<OpenedBackup> {
    if (!platform.chooseOpenPath)
      throw new UserFacingError('Opening a file is not available here.');
    const filePath = await platform.chooseOpenPath({
      title: 'Restore from a full backup',
      filters,
    });
    if (filePath === null) return { status: 'cancelled' };
    const name = basename(filePath);
    const checked = await readFullBackupFile(filePath);
    if (!checked.ok) return { status: 'refused', name, problems: checked.problems };
    const byId = new Map(checked.backup.engagements.map((file) => [file.engagement.id, file]));
    const token = randomUUID();
    opened = {
      token,
      prepared: false,
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
      takenAt: Date.parse(checked.backup.createdAt),
      engagements: checked.backup.engagements
        .filter((file) => file.engagement.deletedAt === 0)
        .map((file) => ({
          id: file.engagement.id,
          clientName: file.engagement.clientName,
          title: file.engagement.title,
          rows: 1 + Object.values(file.tables).reduce((sum, rows) => sum + rows.length, 0),
        })),
    };
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
      };
    },

    openBackup: (source) => (source.source === 'automatic' ? openAutomatic(source.id) : openFile()),

    async prepareRestore({ token }) {
      const backup = current(token);
      const taken = await safely(() => safetyCopy().takeBackup('restore'));
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

    async exportFullBackup() {
      const filePath = await platform.chooseSavePath({
        title: 'Back up every engagement to a file',
        defaultFileName: `Session Studio backup ${new Date().toISOString().slice(0, 10)}.${fullBackupExtension}`,
        filters,
      });
      if (filePath === null) return { status: 'cancelled' };
      const engagements: EngagementFile[] = [];
      await safely(() =>
        safetyCopy().readEveryUnit((unit) => {
          const row = unit.tables.engagements?.rows[0];
          if (!row || row.deletedAt !== 0) return;
          const checked = engagementFileOfUnit(unit, app());
          if (!checked.ok)
            throw new UserFacingError(
              `“${String(row.clientName)} — ${String(row.title)}” cannot be backed up: ${checked.problems[0]} Nothing was written.`,
            );
          engagements.push(checked.file);
        }),
      );
      const backup = collectFullBackup(engagements, {
        createdAt: new Date(),
        app: app(),
      });
      try {
        await writeFullBackupFile(filePath, backup, writeFile);
      } catch (error) {
        throw new UserFacingError(describeFileError(error, filePath));
      }
      return { status: 'saved', filePath };
    },

    async takeBackup({ reason }) {
      const taken = await safely(() => safetyCopy().takeBackup(reason));
      return { takenAt: taken?.manifest.takenAt ?? null };
    },
  };
}
