/** Why an automatic backup was taken: shown on the Backups screen. */
export const backupReasons = [
  'launch',
  'interval',
  'import',
  'restore',
  'schema-migration',
  'layout-migration',
] as const;
export type BackupReason = (typeof backupReasons)[number];

export const backupReasonLabels: Record<BackupReason, string> = {
  launch: 'At launch',
  interval: 'While working',
  import: 'Before an import',
  restore: 'Before a restore',
  'schema-migration': 'Before a database upgrade',
  'layout-migration': 'When the safety copy was converted',
};

/**
 * "6 Dec 2026, 10:05:32": how a backup's time reads on screen and in messages. With seconds, so
 * the three backups a busy day keeps (launch, an import, a restore) can be told apart.
 */
export function backupTimeLabel(time: number): string {
  return new Date(time).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
}
