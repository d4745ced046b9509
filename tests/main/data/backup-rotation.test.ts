import { describe, expect, it } from 'vitest';
import { backupName, backupsToRemove, backupTime } from '../../../main/data/backup-rotation';

const hour = 3_600_000;
const day = 24 * hour;
const now = new Date(2026, 10, 22, 18).getTime();

describe('backup rotation', () => {
  it('names a backup by its time, readable back', () => {
    const time = Date.UTC(2026, 10, 22, 10, 15, 0, 123);
    expect(backupName(time)).toBe('backup-2026-11-22T10-15-00-123Z.json');
    expect(backupTime(backupName(time))).toBe(time);
    expect(backupTime('notes.txt')).toBeNull();
  });

  it('keeps the newest five and the newest of each of the last seven days', () => {
    // Four backups a day for ten days, at 9:00, 11:00, 13:00 and 15:00.
    const times = Array.from({ length: 10 }, (_, back) =>
      [9, 11, 13, 15].map((at) => new Date(2026, 10, 22 - back, at).getTime()),
    ).flat();
    const names = times.map(backupName);
    const removed = new Set(backupsToRemove(names, now));
    const kept = names.filter((name) => !removed.has(name)).map(backupTime);
    const expected = [
      // The newest five: today's four and yesterday's last.
      ...[15, 13, 11, 9].map((at) => new Date(2026, 10, 22, at).getTime()),
      new Date(2026, 10, 21, 15).getTime(),
      // The last backup of each earlier day within the week.
      ...[20, 19, 18, 17, 16].map((date) => new Date(2026, 10, date, 15).getTime()),
    ];
    expect(kept.sort()).toEqual(expected.sort());
  });

  it('never removes files that are not backups', () => {
    const names = [
      'notes.txt',
      ...Array.from({ length: 9 }, (_, i) => backupName(now - i * day * 30)),
    ];
    expect(backupsToRemove(names, now)).not.toContain('notes.txt');
  });
});
