import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { planSectionIds, type DocumentVersion } from '../../../shared/domain/document-choices';
import type { DateStyle } from '../../../shared/settings/app-settings';
import { builtMainFile } from './built-main';

/** The sample engagement the app ships. */
export const sampleEngagementFile = join(
  import.meta.dirname,
  '../../../samples/halvorsen-cold-chain.sessionstudio',
);

/** Runs the built command line for a consultant whose home folder is `home`. */
export async function cli(home: string, ...args: string[]): Promise<void> {
  await promisify(execFile)(process.execPath, [builtMainFile('cli.js'), ...args], {
    timeout: 120_000,
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: '', APPDATA: '' },
  });
}

/** A home folder whose app settings choose `dateStyle`, with a firm and a consultant named. */
export function homeWithDateStyle(dateStyle: DateStyle): string {
  const home = mkdtempSync(join(tmpdir(), 'session-studio-home-'));
  const settings = join(home, '.config', 'Session Studio');
  mkdirSync(settings, { recursive: true });
  writeFileSync(
    join(settings, 'settings.json'),
    JSON.stringify({
      firmName: 'Clearpath Strategy Partners',
      consultantName: 'Amara Okafor',
      dateStyle,
      firmLogo: null,
    }),
  );
  return home;
}

/**
 * The sample's three deliverables in one version, as the command line writes them for the
 * consultant of `home`: the plan with every section, the kick-off's agenda and summary.
 */
export async function sampleDeliverables(
  home: string,
  folder: string,
  version: DocumentVersion,
): Promise<string[]> {
  const versionArgs = ['--version', version];
  const plan = join(folder, `plan-${version}.docx`);
  const sample = sampleEngagementFile;
  await cli(home, 'plan', sample, plan, ...versionArgs, '--sections', planSectionIds.join(','));
  const agenda = join(folder, `agenda-${version}.docx`);
  await cli(home, 'agenda', sample, agenda, '--session', 'Kick-off session', ...versionArgs);
  const summary = join(folder, `summary-${version}.docx`);
  await cli(home, 'summary', sample, summary, '--session', 'Kick-off session', ...versionArgs);
  return [plan, agenda, summary];
}
