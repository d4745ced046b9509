import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sealWithPassphrase } from '../../../main/crypto/passphrase-envelope';
import { collectEngagementFile } from '../../../shared/engagement-file/collect';
import { engagementFileVersion } from '../../../shared/engagement-file/format';
import { engagementFileFixtures } from '../../fixtures/released/released-fixtures';
import { tempFolder } from '../files/temp-folder';
import { fullEngagement } from '../../shared/engagement-file/full-engagement-fixture';
import { run } from './run-in-process';

let folder: string;
let good: string;
const text = () =>
  `${JSON.stringify(
    collectEngagementFile(fullEngagement(), {
      exportedAt: new Date('2026-12-01T10:00:00Z'),
      app: { name: 'Session Studio', version: 'test' },
    }),
    null,
    2,
  )}\n`;

function fileWith(name: string, content: string | Buffer): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

const passphrase = 'Ten green bottles, standing';

beforeAll(() => {
  folder = tempFolder();
  good = fileWith('acme.sessionstudio', text());
});

describe('session-studio validate', () => {
  it('says a valid file is valid, what it holds, and exits 0', async () => {
    const rows = Object.values(fullEngagement().tables).reduce((sum, list) => sum + list.length, 1);
    expect(await run('validate', good)).toEqual({
      code: 0,
      out: `acme.sessionstudio is a valid engagement file (format version ${engagementFileVersion}): Acme Robotics — FY27 growth plan, 2 sessions, ${rows} rows in all.`,
      error: '',
    });
  });

  it('lists every problem at its line and column, more than an import shows, and exits 1', async () => {
    const file = JSON.parse(text());
    file.engagement.clientName = 42;
    file.tables.sessions[1].title = '';
    file.tables.agendaItems.forEach((item: { minutes: unknown }) => (item.minutes = 'long'));
    file.tables.competitors[0].rumour = 'extra';
    delete file.tables.actionItems[0].owner;
    const path = fileWith('edited.sessionstudio', JSON.stringify(file, null, 2));
    const { code, out, error } = await run('validate', path);
    expect({ code, error }).toEqual({ code: 1, error: '' });
    const lines = out.split('\n');
    const problems = lines.slice(1);
    expect(lines[0]).toBe(
      `edited.sessionstudio is not a valid engagement file: ${problems.length} problems.`,
    );
    expect(problems.length).toBeGreaterThan(3);
    // Each line points at the value it is about, in the file as written.
    const written = readFileSync(path, 'utf8').split('\n');
    const at = (line: string) => {
      const [, row, column] = /^edited\.sessionstudio:(\d+):(\d+): /.exec(line) ?? [];
      return (written[Number(row) - 1] ?? '').slice(Number(column) - 1);
    };
    const clientName = problems.find((line) => line.includes('engagement, clientName'));
    expect(clientName && at(clientName)).toMatch(/^42/);
    const title = problems.find((line) => line.includes('sessions, row 2, title'));
    expect(title && at(title)).toMatch(/^""/);
    const minutes = problems.filter((line) => / agendaItems, row \d+, minutes: /.test(line));
    expect(minutes).toHaveLength(file.tables.agendaItems.length);
    for (const line of minutes) expect(at(line)).toMatch(/^"long"/);
  });

  it('says every released file version is valid, read as this version', async () => {
    const fixtures = engagementFileFixtures();
    expect(fixtures.map((fixture) => fixture.version)).toEqual(
      Array.from({ length: engagementFileVersion }, (_, index) => index + 1),
    );
    for (const { version, path } of fixtures) {
      const { code, out } = await run('validate', path);
      const read =
        version === engagementFileVersion
          ? `format version ${version}`
          : `format version ${version}, read as version ${engagementFileVersion}`;
      expect({ code, out }).toMatchObject({
        code: 0,
        out: expect.stringContaining(`is a valid engagement file (${read}): Acme Robotics`),
      });
    }
  });

  it('points at a bad accent colour and a client logo that is no image, where they are written', async () => {
    const file = JSON.parse(text());
    file.tables.engagementBrandings[0].accentColour = 'teal-ish';
    file.tables.engagementBrandings[0].clientLogo.mediaType = 'image/gif';
    const path = fileWith('branded.sessionstudio', JSON.stringify(file, null, 2));
    const { code, out } = await run('validate', path);
    expect(code).toBe(1);
    const written = readFileSync(path, 'utf8').split('\n');
    const problems = out.split('\n').slice(1);
    const at = (needle: string) => {
      const line = problems.find((problem) => problem.includes(needle)) ?? '';
      const [, row, column] = /^branded\.sessionstudio:(\d+):(\d+): /.exec(line) ?? [];
      return (written[Number(row) - 1] ?? '').slice(Number(column) - 1);
    };
    expect(at('engagementBrandings, row 1, accentColour')).toMatch(/^"teal-ish"/);
    expect(at('engagementBrandings, row 1, clientLogo › mediaType')).toMatch(/^"image\/gif"/);
  });

  it('says where malformed JSON breaks', async () => {
    const path = fileWith(
      'broken.sessionstudio',
      '{\n  "format": "session-studio-engagement",\n  x\n}',
    );
    const { code, out } = await run('validate', path);
    expect(code).toBe(1);
    expect(out).toMatch(
      /^broken\.sessionstudio is not a valid engagement file: 1 problem\.\nbroken\.sessionstudio: Line 3, column 3: the file is not valid JSON/,
    );
  });

  it('opens a protected file with --passphrase-file and checks what it holds', async () => {
    const sealed = fileWith(
      'protected.sessionstudio',
      await sealWithPassphrase(Buffer.from(text()), passphrase, {
        contains: 'session-studio-engagement',
        cost: { N: 1024, r: 8, p: 1 },
      }),
    );
    const key = fileWith('key.txt', `${passphrase}\n`);
    const wrongKey = fileWith('wrong.txt', 'Nine green bottles, standing\r\n');

    const opened = await run('validate', sealed, '--passphrase-file', key);
    expect(opened.code).toBe(0);
    expect(opened.out).toMatch(
      new RegExp(
        `^protected\\.sessionstudio is a valid engagement file \\(format version ${engagementFileVersion}, protected with a passphrase\\): Acme Robotics`,
      ),
    );
    expect(await run('validate', sealed)).toEqual({
      code: 1,
      out: '',
      error:
        'session-studio: protected.sessionstudio is protected with a passphrase; give it in a file with --passphrase-file <file>.',
    });
    expect(await run('validate', sealed, '--passphrase-file', wrongKey)).toEqual({
      code: 1,
      out: '',
      error: `session-studio: The passphrase in ${wrongKey} does not open protected.sessionstudio.`,
    });

    const bytes = readFileSync(sealed);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 1;
    const tampered = fileWith('tampered.sessionstudio', bytes);
    expect(await run('validate', tampered, '--passphrase-file', key)).toEqual({
      code: 1,
      out: 'tampered.sessionstudio is not a valid engagement file: 1 problem.\ntampered.sessionstudio: “tampered.sessionstudio” was changed or damaged after it was protected, so it was not opened. Ask for a new copy of it.',
      error: '',
    });
  });

  it('builds documents from a protected file too', async () => {
    const sealed = fileWith(
      'protected-plan.sessionstudio',
      await sealWithPassphrase(Buffer.from(text()), passphrase, {
        contains: 'session-studio-engagement',
        cost: { N: 1024, r: 8, p: 1 },
      }),
    );
    const agenda = join(folder, 'agenda.docx');
    const refused = await run('agenda', sealed, agenda, '--session', 'Kick-off session');
    expect(refused).toMatchObject({ code: 1, error: expect.stringContaining('--passphrase-file') });
    const key = fileWith('plan-key.txt', passphrase);
    expect(
      await run(
        'agenda',
        sealed,
        agenda,
        '--session',
        'Kick-off session',
        '--passphrase-file',
        key,
      ),
    ).toMatchObject({ code: 0, out: expect.stringMatching(/^Wrote the agenda of Acme Robotics/) });
    expect(readFileSync(agenda).subarray(0, 2).toString()).toBe('PK');
  }, 30_000);

  it('refuses an empty or oversized passphrase file, and a missing file, with exit 1', async () => {
    const empty = fileWith('empty.txt', '\n');
    expect(await run('validate', good, '--passphrase-file', empty)).toEqual({
      code: 1,
      out: '',
      error: `session-studio: ${empty} holds no passphrase: it is empty.`,
    });
    const huge = fileWith('huge.txt', 'x'.repeat(10_000));
    expect((await run('validate', good, '--passphrase-file', huge)).error).toMatch(
      /too large to hold a passphrase/,
    );
    expect(await run('validate', join(folder, 'nowhere.sessionstudio'))).toMatchObject({
      code: 1,
      error: `session-studio: There is no file at ${join(folder, 'nowhere.sessionstudio')}.`,
    });
  });
});
