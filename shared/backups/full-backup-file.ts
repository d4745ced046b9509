import { z } from 'zod';
import { engagementFileAppSchema } from '../engagement-file/file-schema';
import type { EngagementFile, EngagementFileApp } from '../engagement-file/format';
import { maxListedProblems } from '../engagement-file/problems';
import { validateEngagementFile } from '../engagement-file/validate';

/**
 * A full backup: every engagement on the laptop in one file the consultant keeps where they
 * choose (docs/full-backup-file.md). Each engagement in it is a complete engagement file, checked
 * and upgraded exactly as an import checks one, so the full backup's own version changes only when
 * its envelope does.
 */
export const fullBackupFormat = 'session-studio-full-backup';
export const fullBackupVersion = 1;
export const fullBackupExtension = 'sessionstudio-backup';

export const fullBackupLimits = {
  /** Hundreds of engagements fit in a fraction of this; refused before it is read. */
  maxBytes: 500 * 1024 * 1024,
  maxEngagements: 10_000,
} as const;

export interface FullBackupFile {
  format: typeof fullBackupFormat;
  version: typeof fullBackupVersion;
  /** ISO date-time it was written. */
  createdAt: string;
  app: EngagementFileApp;
  engagements: EngagementFile[];
}

const envelopeSchema = z.strictObject({
  format: z.literal(fullBackupFormat),
  version: z.literal(fullBackupVersion),
  createdAt: z.iso.datetime({
    offset: true,
    error: 'The backup time must be a date and time like 2026-11-22T10:30:00.000Z.',
  }),
  app: engagementFileAppSchema,
  engagements: z
    .array(z.unknown(), { error: 'engagements must be a list of engagement files.' })
    .max(
      fullBackupLimits.maxEngagements,
      `A full backup can hold at most ${fullBackupLimits.maxEngagements.toLocaleString('en')} engagements.`,
    ),
});

export type FullBackupCheck =
  { ok: true; backup: FullBackupFile } | { ok: false; problems: string[] };

const notAFullBackup =
  'This is not a Session Studio full backup (it does not say “format”: “session-studio-full-backup”).';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "Engagement 3 (Acme Robotics — FY27 plan)", for a problem's place. */
function engagementPlace(index: number, item: unknown): string {
  const engagement = isObject(item) && isObject(item.engagement) ? item.engagement : {};
  const name = [engagement.clientName, engagement.title]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join(' — ');
  return `Engagement ${index + 1}${name ? ` (${name.slice(0, 120)})` : ''}`;
}

/**
 * Checks anything that claims to be a full backup (parsed JSON) before a single row is written:
 * the envelope, then every engagement as an import would, and that no engagement is in it twice.
 */
export function checkFullBackup(input: unknown): FullBackupCheck {
  if (!isObject(input) || input.format !== fullBackupFormat)
    return { ok: false, problems: [notAFullBackup] };
  if (typeof input.version === 'number' && input.version > fullBackupVersion)
    return {
      ok: false,
      problems: [
        `This full backup was written by a newer Session Studio (backup version ${input.version}); this one reads backups up to version ${fullBackupVersion}. Update Session Studio on this laptop to restore it.`,
      ],
    };
  const envelope = envelopeSchema.safeParse(input);
  if (!envelope.success)
    return {
      ok: false,
      problems: envelope.error.issues
        .slice(0, maxListedProblems)
        .map((issue) =>
          issue.path.length > 0 ? `${issue.path.join(' › ')}: ${issue.message}` : issue.message,
        ),
    };
  const problems: string[] = [];
  const engagements: EngagementFile[] = [];
  const seen = new Set<string>();
  envelope.data.engagements.forEach((item, index) => {
    const checked = validateEngagementFile(item);
    if (!checked.ok) {
      problems.push(...checked.problems.map((line) => `${engagementPlace(index, item)}, ${line}`));
      return;
    }
    if (seen.has(checked.file.engagement.id))
      problems.push(`${engagementPlace(index, item)}: this engagement is in the backup twice.`);
    seen.add(checked.file.engagement.id);
    engagements.push(checked.file);
  });
  if (problems.length > 0)
    return {
      ok: false,
      problems:
        problems.length > maxListedProblems
          ? [
              ...problems.slice(0, maxListedProblems),
              `…and ${problems.length - maxListedProblems} more.`,
            ]
          : problems,
    };
  return { ok: true, backup: { ...envelope.data, engagements } };
}

export function collectFullBackup(
  engagements: EngagementFile[],
  meta: { createdAt: Date; app: EngagementFileApp },
): FullBackupFile {
  return {
    format: fullBackupFormat,
    version: fullBackupVersion,
    createdAt: meta.createdAt.toISOString(),
    app: meta.app,
    engagements,
  };
}

/** The file's text: compact, one engagement per line, so a large library stays small. */
export function serializeFullBackup(backup: FullBackupFile): string {
  const { engagements, ...envelope } = backup;
  // `…,"engagements":[]}` without its last three characters, then the list one per line.
  const head = JSON.stringify({ ...envelope, engagements: [] }).slice(0, -3);
  return `${head}[\n${engagements.map((engagement) => JSON.stringify(engagement)).join(',\n')}\n]}\n`;
}
