import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sealWithPassphrase } from '../../main/crypto/passphrase-envelope';
import { collectEngagementFile } from '../../shared/engagement-file/collect';
import { engagementFileVersion } from '../../shared/engagement-file/format';
import { fullEngagement } from '../shared/engagement-file/full-engagement-fixture';
import { readWordDocument } from './harness/word-readers';

const projectFolder = join(import.meta.dirname, '../..');

/** `npx session-studio …` in the project folder, as the README says to run it. */
async function sessionStudio(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)('npx', ['session-studio', ...args], {
      cwd: projectFolder,
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const passphrase = 'North Star, room 4, Thursday';
let folder: string;
let text: string;
test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'session-studio-validate-'));
  const file = collectEngagementFile(fullEngagement(), {
    exportedAt: new Date('2026-12-01T10:00:00Z'),
    app: { name: 'Session Studio', version: 'test' },
  });
  text = `${JSON.stringify(file, null, 2)}\n`;
});

test('checks an engagement file with npx session-studio validate: valid exits 0, each problem listed at its line otherwise', async () => {
  const good = join(folder, 'acme.sessionstudio');
  writeFileSync(good, text);
  const valid = await sessionStudio('validate', good);
  expect(valid).toMatchObject({ code: 0, stderr: expect.not.stringContaining('session-studio:') });
  expect(valid.stdout).toMatch(
    new RegExp(
      `^acme\\.sessionstudio is a valid engagement file \\(format version ${engagementFileVersion}\\): Acme Robotics — FY27 growth plan, 2 sessions, \\d+ rows in all\\.\\n$`,
    ),
  );

  const edited = join(folder, 'edited.sessionstudio');
  writeFileSync(
    edited,
    text
      .replace('"title": "Kick-off session"', '"title": 7')
      .replace('"clientName": "Acme Robotics"', '"clientName": ""'),
  );
  const invalid = await sessionStudio('validate', edited);
  expect(invalid.code).toBe(1);
  const lines = invalid.stdout.trimEnd().split('\n');
  expect(lines[0]).toBe('edited.sessionstudio is not a valid engagement file: 2 problems.');
  const written = readFileSync(edited, 'utf8').split('\n');
  for (const [line, value] of [
    [lines.find((l) => l.includes('engagement, clientName')), '""'],
    [lines.find((l) => l.includes('sessions, row 1, title')), '7'],
  ] as const) {
    const [, row, column] = /^edited\.sessionstudio:(\d+):(\d+): /.exec(line ?? '') ?? [];
    expect(written[Number(row) - 1]?.slice(Number(column) - 1)).toMatch(new RegExp(`^${value}`));
  }
});

test('reads a protected engagement file with --passphrase-file: validates it and builds its agenda', async () => {
  test.setTimeout(180_000);
  const sealed = join(folder, 'protected.sessionstudio');
  writeFileSync(
    sealed,
    await sealWithPassphrase(Buffer.from(text), passphrase, {
      contains: 'session-studio-engagement',
    }),
  );
  const key = join(folder, 'passphrase.txt');
  writeFileSync(key, `${passphrase}\n`);

  const locked = await sessionStudio('validate', sealed);
  expect(locked).toMatchObject({
    code: 1,
    stderr:
      'session-studio: protected.sessionstudio is protected with a passphrase; give it in a file with --passphrase-file <file>.\n',
  });
  const opened = await sessionStudio('validate', sealed, '--passphrase-file', key);
  expect(opened.code).toBe(0);
  expect(opened.stdout).toContain(
    `(format version ${engagementFileVersion}, protected with a passphrase)`,
  );

  const agenda = join(folder, 'agenda.docx');
  const written = await sessionStudio(
    'agenda',
    sealed,
    agenda,
    '--session',
    'Kick-off session',
    '--passphrase-file',
    key,
  );
  expect(written).toMatchObject({
    code: 0,
    stdout: `Wrote the agenda of Acme Robotics — FY27 growth plan to ${agenda}.\n`,
  });
  expect((await readWordDocument(agenda)).title).toMatch(/agenda/i);
});
