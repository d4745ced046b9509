/**
 * Which backups to keep: the newest few, plus the newest of each of the last days, so a mistake
 * noticed a few days later can still be undone from a backup. Pure, so the policy is testable.
 */
export const backupPolicy = { keepLatest: 5, keepDays: 7 } as const;

const prefix = 'backup-';
const suffix = '.json';

/** backup-2026-11-22T10-15-00-123Z.json: sorts by time, and is a valid file name everywhere. */
export function backupName(time: number): string {
  return `${prefix}${new Date(time).toISOString().replace(/[:.]/g, '-')}${suffix}`;
}

export function backupTime(name: string): number | null {
  const match = /^backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.json$/.exec(name);
  if (!match) return null;
  const [, date, hours, minutes, seconds, millis] = match;
  const time = Date.parse(`${date}T${hours}:${minutes}:${seconds}.${millis}Z`);
  return Number.isNaN(time) ? null : time;
}

function localDay(time: number): string {
  const date = new Date(time);
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
}

/** The backup files to delete, given every file name in the backups folder. */
export function backupsToRemove(names: readonly string[], now: number): string[] {
  const backups = names
    .map((name) => ({ name, time: backupTime(name) }))
    .filter((backup): backup is { name: string; time: number } => backup.time !== null)
    .sort((a, b) => b.time - a.time);
  const keep = new Set(backups.slice(0, backupPolicy.keepLatest).map((backup) => backup.name));
  const oldestDay = now - backupPolicy.keepDays * 24 * 3_600_000;
  const daysSeen = new Set<string>();
  for (const backup of backups) {
    const day = localDay(backup.time);
    if (backup.time < oldestDay || daysSeen.has(day)) continue;
    daysSeen.add(day);
    keep.add(backup.name);
  }
  return backups.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name);
}

/** The backups, newest first. */
export function backupsNewestFirst(names: readonly string[]): string[] {
  return names
    .filter((name) => backupTime(name) !== null)
    .sort((a, b) => (backupTime(b) ?? 0) - (backupTime(a) ?? 0));
}
