import { spawnSync } from 'node:child_process';
import { electronPackageDir, electronVersion } from '../electron/electron-binary';
import { checkElectronMajor, readAudit } from './advisories';

// `npm run test:security`, part of `npm test`: no production dependency with a known high or
// critical advisory, and Electron within its three newest majors. Both ask the npm registry. A
// registry that cannot answer (offline, or one that refuses audits) is reported, and fails the
// check only where SESSION_STUDIO_REQUIRE_ADVISORIES=1 says it must run (a release build).

const required = process.env.SESSION_STUDIO_REQUIRE_ADVISORIES === '1';
const npm = (args: string[]) =>
  spawnSync('npm', args, { encoding: 'utf8', shell: process.platform === 'win32' });
let failed = false;
const notChecked = (what: string, reason: string) => {
  (required ? console.error : console.log)(`${what}: not checked here (${reason}).`);
  if (required) failed = true;
};

const audit = readAudit(npm(['audit', '--omit=dev', '--json']).stdout);
if (!audit.checked) notChecked('Advisories', audit.reason);
else if (audit.blocking.length === 0) {
  console.log('Advisories: no production dependency has a known high or critical advisory.');
} else {
  failed = true;
  console.error('Advisories: production dependencies with a high or critical advisory:');
  for (const entry of audit.blocking) {
    console.error(`  ${entry.name} (${entry.severity}): ${entry.advisories.join('; ')}`);
  }
}

const installed = electronVersion(electronPackageDir());
const latest = npm(['view', 'electron', 'dist-tags.latest']);
const major = checkElectronMajor(installed, latest.status === 0 ? latest.stdout : '');
if (!major.checked) notChecked('Electron', 'the registry did not say which version is newest');
else if (major.withinNewest) {
  console.log(`Electron ${installed}: within the three newest majors (newest ${major.newest}).`);
} else {
  failed = true;
  console.error(
    `Electron ${installed} is older than the three newest majors (newest ${major.newest}): ` +
      'it no longer gets security fixes; upgrade it.',
  );
}
if (failed) process.exitCode = 1;
