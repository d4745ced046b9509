import {
  childTableNames,
  engagementFileFormat,
  type EngagementFileApp,
} from '../../shared/engagement-file/format';
import {
  validateEngagementFile,
  type EngagementFileCheck,
} from '../../shared/engagement-file/validate';
import type { UnitFile } from '../data/unit-file';

/**
 * One engagement of the safety copy or a backup, as an engagement file of the row shapes it was
 * written with, checked and upgraded exactly as an import is: so an engagement backed up before a
 * change of the rows restores in today's shape, and one that does not hold together is refused
 * with its reasons.
 */
export function engagementFileOfUnit(file: UnitFile, app: EngagementFileApp): EngagementFileCheck {
  const engagement = file.tables.engagements?.rows[0];
  if (!engagement)
    return { ok: false, problems: ['This backup holds no engagement of that name.'] };
  return validateEngagementFile({
    format: engagementFileFormat,
    version: file.rowsVersion,
    exportedAt: new Date(file.savedAt).toISOString(),
    app,
    engagement,
    tables: Object.fromEntries(
      childTableNames.map((name) => [name, file.tables[name]?.rows ?? []]),
    ),
  });
}
