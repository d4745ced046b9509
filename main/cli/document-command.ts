import { basename } from 'node:path';
import type { z } from 'zod';
import { planChartPayloads } from '../../shared/charts/plan-chart-payloads';
import { agendaSnapshotSchema } from '../../shared/documents/agenda-snapshot';
import {
  agendaSnapshotOfFile,
  marketingPlanRecordsOfFile,
  sessionsOfFile,
  sessionSummaryRecordsOfFile,
} from '../../shared/documents/engagement-file-records';
import { marketingPlanSnapshotSchema } from '../../shared/documents/marketing-plan-snapshot';
import { sessionSummarySnapshotSchema } from '../../shared/documents/session-summary-snapshot';
import { toMarketingPlanSnapshot } from '../../shared/documents/to-marketing-plan-snapshot';
import { toSessionSummarySnapshot } from '../../shared/documents/to-session-summary-snapshot';
import { emptyDocumentChoices } from '../../shared/domain/document-choices';
import type { EngagementFile } from '../../shared/engagement-file/format';
import type { AppSettings } from '../../shared/settings/app-settings';
import { describeZodError } from '../../shared/ipc/result';
import {
  agendaExport,
  marketingPlanExport,
  sessionSummaryExport,
  type DocumentExport,
} from '../documents/document-exports';
import { buildDocumentBytes } from '../documents/document-job';
import { readAndCheckEngagementFile } from '../engagement-file/check-engagement-file';
import { UserFacingError } from '../ipc/user-facing-error';
import { appDataFolder } from '../settings/app-data-folder';
import { readSettingsFile } from '../settings/settings-file';
import { userDataFolder } from '../shell/user-data-folder';
import type { DocumentCommandArguments } from './cli-arguments';
import { CliError } from './cli-error';
import { mustBeAFile, writeOutput } from './cli-files';
import { chooseSession } from './choose-session';
import { passphraseFrom, passphraseProblem } from './passphrase-file';

const documentNames = {
  plan: 'marketing plan',
  summary: 'session summary',
  agenda: 'agenda',
} as const;

/**
 * The file's engagement and rows, opened with the passphrase when it is protected and checked as
 * an import checks them; refused with every reason.
 */
async function readEngagement(
  filePath: string,
  passphraseFile: string | null,
): Promise<EngagementFile> {
  await mustBeAFile(filePath);
  const passphrase = await passphraseFrom(passphraseFile);
  const checked = await readAndCheckEngagementFile(filePath, passphrase);
  if (checked.ok) return checked.file;
  if (checked.passphrase)
    throw new CliError(passphraseProblem(checked.passphrase, filePath, passphraseFile));
  throw new CliError(
    `${basename(filePath)} cannot be read as an engagement file:\n${checked.problems.map((line) => `  ${line}`).join('\n')}`,
  );
}

/** The snapshot, parsed by the schema main parses the app's with: the same limits apply. */
function parsed<T>(schema: z.ZodType<T>, snapshot: unknown, name: string): T {
  // Parsed once per process: compiling zod's fast path would cost more than it saves.
  const result = schema.safeParse(snapshot, { jitless: true });
  if (!result.success)
    throw new CliError(
      `The ${name} cannot be made from this file: ${describeZodError(result.error)}`,
    );
  return result.data;
}

/** The document as the app would export it: the same snapshot builders, schemas and job. */
function exportOf(
  { command, session, version, sections, charts }: DocumentCommandArguments,
  file: EngagementFile,
  today: string,
  settings: AppSettings,
): DocumentExport {
  const name = documentNames[command];
  const remembered =
    file.tables.documentChoices.find((row) => row.engagementId === file.engagement.id) ??
    emptyDocumentChoices(file.engagement.id);
  const choices = {
    version: version ?? remembered.version,
    sections: sections ?? remembered.planSections,
  };
  if (command === 'plan') {
    const records = marketingPlanRecordsOfFile(file);
    const snapshot = toMarketingPlanSnapshot(records, {
      preparedOn: today,
      charts: planChartPayloads(records),
      choices,
    });
    return marketingPlanExport(
      parsed(
        marketingPlanSnapshotSchema,
        { ...snapshot, chartForm: charts ?? remembered.charts },
        name,
      ),
      settings,
    );
  }
  const { id } = chooseSession(sessionsOfFile(file), session);
  if (command === 'summary') {
    const snapshot = toSessionSummarySnapshot(
      sessionSummaryRecordsOfFile(file, id),
      choices.version,
    );
    return sessionSummaryExport(parsed(sessionSummarySnapshotSchema, snapshot, name), settings);
  }
  return agendaExport(
    parsed(agendaSnapshotSchema, agendaSnapshotOfFile(file, id, choices.version), name),
    settings,
  );
}

/**
 * Builds a deliverable from an engagement file and writes it: what the app's Export does, with
 * the charts drawn headless in this process. Returns what was written, in words.
 */
/**
 * The consultant's settings (firm, name, logo, date style) from the app's user-data folder, so a
 * document made here reads as the app's; the defaults where the app was never set up.
 */
export function appSettings(): Promise<AppSettings> {
  return readSettingsFile(userDataFolder(appDataFolder()));
}

export async function writeDocument(
  command: DocumentCommandArguments,
  today: string,
  settings: () => Promise<AppSettings> = appSettings,
): Promise<string> {
  const file = await readEngagement(command.filePath, command.passphraseFile);
  let document: DocumentExport;
  try {
    document = exportOf(command, file, today, await settings());
  } catch (error) {
    if (error instanceof UserFacingError) throw new CliError(error.message);
    throw error;
  }
  await writeOutput(command.outPath, await buildDocumentBytes(document.job));
  const { clientName, title } = file.engagement;
  return `the ${documentNames[command.command]} of ${clientName} — ${title} to ${command.outPath}`;
}
