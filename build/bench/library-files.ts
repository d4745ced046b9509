import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  collectFullBackup,
  fullBackupExtension,
  serializeFullBackup,
} from '../../shared/backups/full-backup-file';
import type { EngagementFile } from '../../shared/engagement-file/format';
import { remapIds } from '../../shared/engagement-file/remap-ids';
import { upgradeFile } from '../../shared/engagement-file/upgrade';
import { fullEngagementRecords } from '../../tests/shared/documents/fixtures/full-engagement-records';
import { engagementFileOfRecords } from '../../tests/shared/documents/fixtures/engagement-file-of-records';

const sampleFile = join(import.meta.dirname, '../../samples/halvorsen-cold-chain.sessionstudio');

export type LibraryKind = 'typical' | 'busy';

export interface LibraryEngagement {
  filePath: string;
  clientName: string;
  rows: number;
}

/**
 * The long, busy engagement as a file of this build: the fixture's rows lack the fields later
 * versions added, which the engagement file's own upgrade steps fill in as they do on import.
 */
function busyEngagementFile(): EngagementFile {
  const upgraded = upgradeFile(
    { ...engagementFileOfRecords(fullEngagementRecords()), version: 1 },
    1,
  );
  if (!upgraded.ok) throw new Error(upgraded.problem);
  return upgraded.file as unknown as EngagementFile;
}

const rowsOf = (file: EngagementFile) =>
  1 + Object.values(file.tables).reduce((sum, rows) => sum + rows.length, 0);

/**
 * Engagement files for a library of years of work, each its own engagement (fresh ids, its own
 * client name), written into `folder` one at a time: typical ones are the sample engagement the
 * app ships; busy ones the long, busy engagement (12 phases, 40 campaigns, 300 action items).
 * Or a whole library at once, as the full backup file the Backups screen restores.
 */
export function libraryFiles(folder: string) {
  const sources: Record<LibraryKind, EngagementFile> = {
    typical: JSON.parse(readFileSync(sampleFile, 'utf8')) as EngagementFile,
    busy: busyEngagementFile(),
  };
  let written = 0;
  const nextFile = (kind: LibraryKind): EngagementFile => {
    written += 1;
    const source = sources[kind];
    const clientName = `Library ${kind} ${String(written).padStart(4, '0')}`;
    const content = remapIds(source, randomUUID);
    return { ...source, ...content, engagement: { ...content.engagement, clientName } };
  };
  return {
    rows: (kind: LibraryKind) => rowsOf(sources[kind]),
    next(kind: LibraryKind): LibraryEngagement {
      const file = nextFile(kind);
      const filePath = join(folder, `${written}.sessionstudio`);
      writeFileSync(filePath, JSON.stringify(file));
      return { filePath, clientName: file.engagement.clientName, rows: rowsOf(file) };
    },
    /** A full backup file of `counts` new engagements: the busy ones first, then the typical. */
    fullBackup(counts: Record<LibraryKind, number>): string {
      const engagements = (['busy', 'typical'] as const).flatMap((kind) =>
        Array.from({ length: counts[kind] }, () => nextFile(kind)),
      );
      const filePath = join(folder, `library.${fullBackupExtension}`);
      const backup = collectFullBackup(engagements, {
        createdAt: new Date(),
        app: sources.typical.app,
      });
      writeFileSync(filePath, serializeFullBackup(backup));
      return filePath;
    },
  };
}
