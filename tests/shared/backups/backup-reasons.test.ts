import { describe, expect, it } from 'vitest';
import { backupTimeLabel } from '../../../shared/backups/backup-reasons';

describe('backupTimeLabel', () => {
  it('tells apart backups taken within the same minute', () => {
    const first = new Date(2026, 11, 6, 10, 5, 2).getTime();
    const second = new Date(2026, 11, 6, 10, 5, 41).getTime();
    expect(backupTimeLabel(first)).not.toBe(backupTimeLabel(second));
  });

  it('reads as the date, then the time to the second', () => {
    expect(backupTimeLabel(new Date(2026, 11, 6, 9, 5, 7).getTime())).toBe('6 Dec 2026, 09:05:07');
  });
});
