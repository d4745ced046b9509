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

  it('keeps three from today and the newest of each of the 14 days before', () => {
    // Four backups a day for twenty days, at 9:00, 11:00, 13:00 and 15:00.
    const times = Array.from({ length: 20 }, (_, back) =>
      [9, 11, 13, 15].map((at) => new Date(2026, 10, 22 - back, at).getTime()),
    ).flat();
    const names = times.map(backupName);
    const removed = new Set(backupsToRemove(names, now));
    const kept = names.filter((name) => !removed.has(name)).map(backupTime);
    const expected = [
      // Today's newest three.
      ...[15, 13, 11].map((at) => new Date(2026, 10, 22, at).getTime()),
      // The last backup of each of the 14 days before.
      ...Array.from({ length: 14 }, (_, back) => new Date(2026, 10, 21 - back, 15).getTime()),
    ];
    expect(kept.sort()).toEqual(expected.sort());
  });

  it('keeps the newest backup even when it is older than the window', () => {
    const old = backupName(now - 40 * day);
    expect(backupsToRemove([old, backupName(now - 41 * day)], now)).toEqual([
      backupName(now - 41 * day),
    ]);
  });

  it('never removes files that are not backups', () => {
    const names = [
      'notes.txt',
      ...Array.from({ length: 9 }, (_, i) => backupName(now - i * day * 30)),
    ];
    expect(backupsToRemove(names, now)).not.toContain('notes.txt');
  });
});
