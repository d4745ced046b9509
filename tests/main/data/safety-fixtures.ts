import type { JournalBatch, JournalChange } from '../../../shared/data/safety-copy-schemas';
import type { AppendFile, SafetyFs } from '../../../main/data/safety-fs';
import { nodeSafetyFs } from '../../../main/data/safety-fs';

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

export const put = (
  table: JournalChange['table'],
  row: Record<string, unknown> & { id: string },
): JournalChange => ({
  table,
  key: row.id,
  row,
});

export const remove = (table: JournalChange['table'], key: string): JournalChange => ({
  table,
  key,
  row: null,
});

let seq = 0;
export function batch(changes: JournalChange[], client = 'launch-1'): JournalBatch {
  seq += 1;
  return { client, seq, at, changes };
}

/** The real file system, with every call on an append file recorded in order. */
export function recordingFs(log: string[], base: SafetyFs = nodeSafetyFs): SafetyFs {
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
export function diskFullOnce(step: 'append' | 'sync', base: SafetyFs = nodeSafetyFs): SafetyFs {
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
