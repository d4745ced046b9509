import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atRestCipher } from '../../../main/crypto/at-rest-cipher';
import { atRestSafetyStore } from '../../../main/crypto/at-rest-store';
import { createSafetyCopy } from '../../../main/data/safety-copy';
import { nodeSafetyStore } from '../../../main/data/safety-store';
import { writeFileAtomic } from '../../../main/files/atomic-write';
import { fileVersion, wholeVersion } from './file-versions';
import { tempFolder } from './temp-folder';

// The atomic-write kill test: a child process writing is killed with SIGKILL at a random moment,
// again and again; what it was writing must always be the old file or the new one, never a mix,
// and nothing it had acknowledged may be lost.
const cycles = Number(process.env.KILL_WRITE_CYCLES ?? 6);
const seed = Number(process.env.KILL_WRITE_SEED ?? Date.now() % 1_000_000);
const child = join(import.meta.dirname, 'write-until-killed.ts');

/** A small seeded random (mulberry32), so a failing run can be repeated with its seed. */
function random(start: number) {
  let state = start;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Runs the child until `killAfterMs` after it is ready, kills it, and returns what it said done. */
function writeUntilKilled(args: string[], killAfterMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const process_ = spawn(process.execPath, ['--import', 'tsx', child, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const done: number[] = [];
    let buffered = '';
    process_.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => process_.kill('SIGKILL'), killAfterMs);
        const match = /^done (\d+)$/.exec(line);
        if (match) done.push(Number(match[1]));
      }
    });
    process_.on('error', reject);
    process_.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve(done) : reject(new Error(`The writer stopped: ${code}`)),
    );
  });
}

describe(`a write killed at a random moment (${cycles} kills each, seed ${seed})`, () => {
  it('leaves the file written atomically either as it was or as the new version, whole', async () => {
    const next = random(seed);
    const target = join(tempFolder(), 'engagement.sessionstudio');
    await writeFileAtomic(target, fileVersion(0));
    let acknowledged = 0;
    for (let cycle = 0; cycle < cycles; cycle += 1) {
      const done = await writeUntilKilled(
        ['file', target, String(acknowledged + 1)],
        Math.floor(next() * 400),
      );
      acknowledged = done.at(-1) ?? acknowledged;
      const version = wholeVersion(readFileSync(target));
      // The last version acknowledged, or the one being written when the kill came: never a mix.
      expect([acknowledged, acknowledged + 1]).toContain(version);
      acknowledged = version!;
    }
  }, 240_000);

  it('keeps every acknowledged change of the safety copy, and every backup readable, its files sealed', async () => {
    const next = random(seed + 1);
    const userDataPath = tempFolder();
    const key = randomBytes(32);
    const store = atRestSafetyStore(nodeSafetyStore, async () => atRestCipher(key));
    const acknowledged: number[] = [];
    let start = 1;
    for (let cycle = 0; cycle < cycles; cycle += 1) {
      const done = await writeUntilKilled(
        ['copy', userDataPath, String(start), key.toString('hex')],
        200 + Math.floor(next() * 1_200),
      );
      acknowledged.push(...done);
      start = (acknowledged.at(-1) ?? start) + 1;

      // The next launch: the copy, its journal's torn tail cut, every backup checked.
      const copy = createSafetyCopy({ userDataPath, store, backupAtLaunch: false });
      const page = await copy.page({ unit: 'e1', offset: 0, limit: 5_000 });
      const kept = new Set(page.entries.map((entry) => entry.key));
      expect(acknowledged.filter((seq) => !kept.has(`s${seq}`))).toEqual([]);
      expect((await copy.status()).notice).toBeNull();
      for (const { name, manifest } of await copy.listBackups()) {
        expect({ name, damaged: manifest === null }).toEqual({ name, damaged: false });
        expect(await copy.readBackupUnit(manifest!, 'e1')).not.toBeNull();
      }
      await copy.close();
    }
    expect(acknowledged.length).toBeGreaterThan(0);
    // Whatever the kills interrupted, nothing of the client reached the disk in the clear.
    const folder = join(userDataPath, 'safety');
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true }))
      if (entry.isFile())
        expect(readFileSync(join(entry.parentPath, entry.name), 'utf8')).not.toContain('purpose');
  }, 240_000);
});
