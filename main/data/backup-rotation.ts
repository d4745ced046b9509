/**
 * Which automatic backups to keep: the newest three of today, and the newest of each of the 14
 * days before, so a mistake noticed a few days later can still be undone from a backup. Pure, so
 * the policy is testable.
 */
export const backupPolicy = { keepToday: 3, keepDays: 14 } as const;

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
  const today = localDay(now);
  const oldestDay = startOfLocalDay(now) - backupPolicy.keepDays * 24 * 3_600_000;
  // The newest is always kept, whatever the clock says.
  const keep = new Set(backups.slice(0, 1).map((backup) => backup.name));
  let keptToday = 0;
  const daysSeen = new Set<string>();
  for (const backup of backups) {
    const day = localDay(backup.time);
    if (day === today || backup.time > now) {
      if (keptToday < backupPolicy.keepToday) keep.add(backup.name);
      keptToday += 1;
    } else if (backup.time >= oldestDay && !daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(backup.name);
    }
  }
  return backups.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name);
}

function startOfLocalDay(time: number): number {
  const date = new Date(time);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** The backups, newest first. */
export function backupsNewestFirst(names: readonly string[]): string[] {
  return names
    .filter((name) => backupTime(name) !== null)
    .sort((a, b) => (backupTime(b) ?? 0) - (backupTime(a) ?? 0));
}
