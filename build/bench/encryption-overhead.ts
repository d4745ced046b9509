import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atRestProtection } from '../../main/crypto/at-rest-protection';
import { protectedSafetyStore } from '../../main/crypto/at-rest-store';
import { createSafetyCopy } from '../../main/data/safety-copy';
import { nodeSafetyStore } from '../../main/data/safety-store';
import { createHandlers } from '../../main/ipc/create-handlers';
import { dispatch } from '../../main/ipc/dispatch';
import type { JournalChange } from '../../shared/data/safety-copy-schemas';
import type { EngagementFileContent } from '../../shared/engagement-file/format';
import { keystoreStandIn } from '../../tests/main/crypto/keystore-stand-in';
import {
  busyEngagementCounts,
  fullEngagementRecords,
} from '../../tests/shared/documents/fixtures/full-engagement-records';
import { engagementFileOfRecords } from '../../tests/shared/documents/fixtures/engagement-file-of-records';
import { benchRuns, median, percentile, type Measurement } from './report';

const passphrase = 'Correct horse battery staple, twice';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'session-studio-bench-crypto-'));
}

/**
 * Edits acknowledged by main (one changed row appended and fsynced, as each save sends it), on a
 * safety copy written as it is and on one encrypted at rest (the keystore stood in, as in the
 * end-to-end tests: Electron's safeStorage cannot run here). Milliseconds of each edit.
 */
async function editAcks(encrypted: boolean, content: EngagementFileContent, edits: number) {
  const userDataPath = scratch();
  const store = encrypted
    ? protectedSafetyStore(
        atRestProtection({ userDataPath, keystore: keystoreStandIn() }),
        nodeSafetyStore,
      )
    : nodeSafetyStore;
  const copy = createSafetyCopy({
    userDataPath,
    backupAtLaunch: false,
    snapshotEvery: Number.POSITIVE_INFINITY,
    store,
  });
  try {
    const { engagement } = content;
    const unit = engagement.id;
    const seed: JournalChange[] = [
      { table: 'engagements', key: unit, unit, row: { ...engagement } },
      ...content.tables.sessions.map((row) => ({
        table: 'sessions' as const,
        key: row.id,
        unit,
        row: { ...row },
      })),
    ];
    let seq = 1;
    await copy.append({ client: 'bench', seq, at: Date.now(), changes: seed });
    const session = content.tables.sessions[0]!;
    const timings: number[] = [];
    for (let index = 0; index < edits; index += 1) {
      seq += 1;
      const row = { ...session, purpose: `Edited ${index}`, updatedAt: Date.now() };
      const start = performance.now();
      await copy.append({
        client: 'bench',
        seq,
        at: Date.now(),
        changes: [{ table: 'sessions', key: session.id, unit, row }],
      });
      timings.push(performance.now() - start);
    }
    return timings;
  } finally {
    await copy.close();
    rmSync(userDataPath, { recursive: true, force: true });
  }
}

/** Main's doors for engagement files, saving to and opening `filePath`. */
function fileHandlers(filePath: string) {
  const handlers = createHandlers({
    appInfo: () => ({ name: 'Session Studio', version: 'bench', userDataPath: scratch() }),
    chooseSavePath: async () => filePath,
    chooseOpenPath: async () => filePath,
  });
  return async <T>(method: string, payload: unknown): Promise<T> => {
    const result = await dispatch(handlers, method as never, payload);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as T;
  };
}

/** Milliseconds of one call, median of the runs after a warm-up. */
async function timed(task: () => Promise<unknown>): Promise<number> {
  await task();
  const times: number[] = [];
  for (let run = 0; run < benchRuns(); run += 1) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * What encryption costs the consultant: an edit acknowledged with the safety copy encrypted at
 * rest against one written as it is, and the long, busy engagement's file exported and imported
 * (main's read and check) with a passphrase against without. The passphrase's cost is scrypt's,
 * by design (N = 2^17, once each way: the export opens its file again with the keys it derived),
 * so that every passphrase an attacker guesses costs as much.
 */
export async function measureEncryptionOverhead(): Promise<Measurement[]> {
  const file = engagementFileOfRecords(fullEngagementRecords(busyEngagementCounts));
  const content: EngagementFileContent = { engagement: file.engagement, tables: file.tables };

  const edits = 200;
  const plainAcks = await editAcks(false, content, edits);
  const sealedAcks = await editAcks(true, content, edits);

  const folder = scratch();
  const plainPath = join(folder, 'plain.sessionstudio');
  const sealedPath = join(folder, 'protected.sessionstudio');
  const plain = fileHandlers(plainPath);
  const sealed = fileHandlers(sealedPath);
  try {
    const exportPlain = await timed(() => plain('exportEngagementFile', content));
    const exportSealed = await timed(() =>
      sealed('exportProtectedEngagementFile', { content, passphrase }),
    );
    const importPlain = await timed(async () => {
      const read = await plain<{ status: string }>('importEngagementFile', null);
      if (read.status !== 'read') throw new Error(`The plain file was not read: ${read.status}`);
    });
    const importSealed = await timed(async () => {
      const locked = await sealed<{ status: string; ticket: string }>('importEngagementFile', null);
      if (locked.status !== 'locked')
        throw new Error('The protected file did not ask for its passphrase.');
      const read = await sealed<{ status: string }>('unlockEngagementFile', {
        ticket: locked.ticket,
        passphrase,
      });
      if (read.status !== 'read')
        throw new Error(`The protected file was not read: ${read.status}`);
    });
    const median95 = (values: number[]) => ({
      median: median(values),
      p95: percentile(values, 0.95),
    });
    const acksPlain = median95(plainAcks);
    const acksSealed = median95(sealedAcks);
    return [
      { label: 'Edit acknowledged, safety copy as it is, p95', value: acksPlain.p95, unit: 'ms' },
      {
        label: 'Edit acknowledged, safety copy encrypted at rest, p95',
        value: acksSealed.p95,
        unit: 'ms',
        budget: 'encryptedEditAckP95Ms',
      },
      {
        label: 'Encryption at rest added to an edit’s acknowledgement, median',
        value: Math.max(0, acksSealed.median - acksPlain.median),
        unit: 'ms',
        budget: 'encryptionEditAckOverheadMs',
      },
      {
        label: 'Export engagement file, long busy engagement, no passphrase',
        value: exportPlain,
        unit: 'ms',
      },
      {
        label: 'Export engagement file, long busy engagement, with a passphrase',
        value: exportSealed,
        unit: 'ms',
        budget: 'protectedFileExportMs',
      },
      {
        label: 'Import (read and check), long busy engagement, no passphrase',
        value: importPlain,
        unit: 'ms',
      },
      {
        label: 'Import (open and check), long busy engagement, with a passphrase',
        value: importSealed,
        unit: 'ms',
        budget: 'protectedFileImportMs',
      },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
