// A child process for the atomic-write kill test (killed-mid-write.test.ts): writes until it is
// killed with SIGKILL, printing each write once it has completed ("done <n>"), so the test knows
// what was acknowledged before the kill.
//   file <path> <start>                 writeFileAtomic of version after version of one file
//   copy <userDataPath> <start> <key>   the safety copy (sealed at rest with <key>, hex): appends,
//                                       folds every few changes and backups, all at once
import { atRestCipher } from '../../../main/crypto/at-rest-cipher';
import { atRestSafetyStore } from '../../../main/crypto/at-rest-store';
import { createSafetyCopy } from '../../../main/data/safety-copy';
import { nodeSafetyStore } from '../../../main/data/safety-store';
import { writeFileAtomic } from '../../../main/files/atomic-write';
import { fileVersion } from './file-versions';
import { batch, engagementRow, put, sessionRow } from '../data/safety-fixtures';

const [mode, path, startText, keyHex] = process.argv.slice(2);
const start = Number(startText);
const say = (line: string) => process.stdout.write(`${line}\n`);

if (mode === 'file') {
  say('ready');
  for (let version = start; ; version += 1) {
    await writeFileAtomic(path!, fileVersion(version));
    say(`done ${version}`);
  }
} else if (mode === 'copy') {
  const key = Buffer.from(keyHex!, 'hex');
  const copy = createSafetyCopy({
    userDataPath: path!,
    store: atRestSafetyStore(nodeSafetyStore, async () => atRestCipher(key)),
    backupAtLaunch: false,
    snapshotEvery: 4,
  });
  if (start === 1) await copy.append(batch([put('engagements', engagementRow('e1'))], 'kill'));
  say('ready');
  for (let seq = start; ; seq += 1) {
    const purpose = `Change ${seq} ${'of the session purpose, long enough to take a while '.repeat(20)}`;
    await copy.append(
      batch([put('sessions', sessionRow(`s${seq}`, 'e1', purpose))], `kill-${start}`),
    );
    say(`done ${seq}`);
    // Backups beside the appends and folds, as the 15-minute timer and imports take them.
    if (seq % 3 === 0) void copy.takeBackup('interval').catch(() => undefined);
  }
}
