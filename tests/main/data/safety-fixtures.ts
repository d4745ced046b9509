import type { JournalBatch, JournalChange } from '../../../shared/data/safety-copy-schemas';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { journalGeneration, safetyPaths } from '../../../main/data/safety-paths';
import type { AppendFile, SafetyStore } from '../../../main/data/safety-store';
import { nodeSafetyStore } from '../../../main/data/safety-store';

const at = Date.UTC(2026, 10, 22, 12);

export function engagementRow(id: string, clientName = 'Acme Robotics') {
  return {
    id,
    clientName,
    title: 'FY27 growth plan',
    industry: '',
    consultantName: '',
    firmName: '',
    startDate: '2026-11-22',
    createdAt: at,
    updatedAt: at,
    lastOpenedAt: at,
    archivedAt: 0,
    deletedAt: 0,
  };
}

export function sessionRow(id: string, engagementId: string, purpose = '') {
  return {
    id,
    engagementId,
    title: 'Kick-off session',
    date: '2026-11-30',
    location: '',
    startTime: '09:00',
    lengthMinutes: 120,
    purpose,
    ultimateGoal: '',
    immediateGoals: '',
    createdAt: at,
    updatedAt: at,
  };
}

/** A row's engagement, as the renderer names it: its own id, or the engagement it names. */
const unitOf = (table: string, row: Record<string, unknown> & { id: string }) =>
  table === 'engagements' ? row.id : String(row.engagementId);

export const put = (
  table: JournalChange['table'],
  row: Record<string, unknown> & { id: string },
  unit = unitOf(table, row),
): JournalChange => ({ table, key: row.id, unit, row });

export const remove = (table: JournalChange['table'], key: string, unit = key): JournalChange => ({
  table,
  key,
  unit,
  row: null,
});

let seq = 0;
export function batch(changes: JournalChange[], client = 'launch-1'): JournalBatch {
  seq += 1;
  return { client, seq, at, changes };
}

/** The real file system, with every call on an append file and every write recorded in order. */
export function recordingStore(log: string[], base: SafetyStore = nodeSafetyStore): SafetyStore {
  return {
    ...base,
    async openAppend(path) {
      const file = await base.openAppend(path);
      const recorded: AppendFile = {
        append: async (text) => {
          log.push('append');
          await file.append(text);
        },
        sync: async () => {
          log.push('sync');
          await file.sync();
        },
        truncate: async (length) => {
          log.push(`truncate ${length}`);
          await file.truncate(length);
        },
        close: () => file.close(),
      };
      return recorded;
    },
    async writeAtomic(path, text) {
      log.push(`write ${path.split('/').slice(-2).join('/')}`);
      await base.writeAtomic(path, text);
    },
  };
}

export const diskFull = () => Object.assign(new Error('no space'), { code: 'ENOSPC' });

/** The real file system, except that one step of the next append fails as on a full disk. */
export function diskFullOnce(
  step: 'append' | 'sync',
  base: SafetyStore = nodeSafetyStore,
): SafetyStore {
  let failed = false;
  return {
    ...base,
    async openAppend(path) {
      const file = await base.openAppend(path);
      const fail = async () => {
        failed = true;
        throw diskFull();
      };
      return { ...file, [step]: failed ? file[step] : fail };
    },
  };
}

/** The text of every journal of a user-data folder, oldest first. */
export function journalText(userDataPath: string): string {
  const { folder } = safetyPaths(userDataPath);
  if (!existsSync(folder)) return '';
  return readdirSync(folder)
    .filter((name) => journalGeneration(name) !== null)
    .sort((a, b) => journalGeneration(a)! - journalGeneration(b)!)
    .map((name) => readFileSync(`${folder}/${name}`, 'utf8'))
    .join('');
}

export const journalLines = (userDataPath: string) =>
  journalText(userDataPath)
    .split('\n')
    .filter((line) => line.trim() !== '');
