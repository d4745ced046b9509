import { describe, expect, it } from 'vitest';
import { collectEngagementFile } from '../../../shared/engagement-file/collect';
import { engagementFileVersion, type EngagementFile } from '../../../shared/engagement-file/format';
import { parseEngagementFileJson } from '../../../shared/engagement-file/parse-json';
import { maxListedProblems } from '../../../shared/engagement-file/problems';
import { upgradeFile } from '../../../shared/engagement-file/upgrade';
import { validateEngagementFile } from '../../../shared/engagement-file/validate';
import { fixtureId, fullEngagement, ids } from './full-engagement-fixture';

function goodFile(): EngagementFile {
  return collectEngagementFile(fullEngagement(), {
    exportedAt: new Date('2026-11-22T10:30:00.000Z'),
    app: { name: 'Session Studio', version: '0.1.0' },
  });
}

// A file edited by hand has no type; the tests change it as freely as a text editor would.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type HandEdited = any;

/** A file as JSON, edited the way a hand or a damaged copy might. */
function edited(change: (file: HandEdited) => void): unknown {
  const file = JSON.parse(JSON.stringify(goodFile())) as HandEdited;
  change(file);
  return file;
}

function problemsOf(input: unknown): string[] {
  const checked = validateEngagementFile(input);
  if (checked.ok) throw new Error('The file was accepted.');
  return checked.problems;
}

describe('checking an engagement file', () => {
  it('accepts a file Session Studio wrote', () => {
    expect(validateEngagementFile(goodFile())).toEqual({ ok: true, file: goodFile() });
  });

  it('refuses a file from a newer Session Studio and says to update', () => {
    const newer = engagementFileVersion + 1;
    expect(problemsOf(edited((file) => (file.version = newer)))).toEqual([
      `This engagement file was written by a newer Session Studio (file version ${newer}); this one reads files up to version ${engagementFileVersion}. Update Session Studio on this laptop to import it.`,
    ]);
  });

  it('refuses something that is not an engagement file', () => {
    for (const input of [null, 42, 'text', [], { hello: 'world' }, { format: 'docx' }])
      expect(problemsOf(input)).toEqual([
        expect.stringMatching(/^This is not a Session Studio engagement file/),
      ]);
  });

  it('refuses a file without a usable version number', () => {
    expect(problemsOf(edited((file) => (file.version = '1')))).toEqual([
      'version: The file has no valid version number.',
    ]);
  });

  it('refuses a 10,000-character client name, naming the field', () => {
    const problems = problemsOf(
      edited((file) => (file.engagement.clientName = 'x'.repeat(10_000))),
    );
    expect(problems).toEqual([
      'engagement, clientName: Client name can be at most 200 characters.',
    ]);
  });

  it('refuses a wrong type, naming the table, row and field', () => {
    const problems = problemsOf(
      edited((file) => (file.tables.agendaItems[1].minutes = 'forty-five')),
    );
    expect(problems).toEqual(['agendaItems, row 2, minutes: Minutes must be a number.']);
  });

  it('refuses a table Session Studio does not know', () => {
    const problems = problemsOf(edited((file) => (file.tables.secretNotes = [])));
    expect(problems).toEqual([
      expect.stringMatching(/^tables: “secretNotes” is not a table Session Studio knows/),
    ]);
  });

  it('refuses a field Session Studio does not know', () => {
    const problems = problemsOf(edited((file) => (file.tables.sessions[0].mood = 'great')));
    expect(problems).toEqual(['sessions, row 1: “mood” is not a field Session Studio knows.']);
  });

  it('refuses a duplicated id', () => {
    const problems = problemsOf(
      edited((file) => file.tables.personas.push({ ...file.tables.personas[0], name: 'Twin' })),
    );
    expect(problems).toEqual([
      `personas, row 3, id: “${ids.cfo}” appears twice in personas; each row needs its own.`,
    ]);
  });

  it('refuses a reference to a row that is not in the file', () => {
    const missing = fixtureId(999);
    const problems = problemsOf(edited((file) => (file.tables.touchPoints[0].phaseId = missing)));
    expect(problems).toEqual([
      `touchPoints, row 1, phaseId: points to “${missing}” in journeyPhases, which is not in the file.`,
    ]);
  });

  it('refuses a row of another engagement', () => {
    const other = fixtureId(998);
    const problems = problemsOf(
      edited((file) => (file.tables.competitors[0].engagementId = other)),
    );
    expect(problems).toEqual([
      `competitors, row 1, engagementId: belongs to another engagement (“${other}”), not to this file’s (“${ids.engagement}”).`,
    ]);
  });

  it('refuses a session’s row whose session is not in the file', () => {
    const problems = problemsOf(edited((file) => file.tables.sessions.pop()));
    expect(problems).toEqual([
      `agendaItems, row 3, sessionId: points to “${ids.refresh}” in sessions, which is not in the file.`,
      `participants, row 2, sessionId: points to “${ids.refresh}” in sessions, which is not in the file.`,
    ]);
  });

  it('refuses more rows than a table can hold', () => {
    const problems = problemsOf(
      edited((file) => (file.tables.brandTraits = Array.from({ length: 10_001 }, () => ({})))),
    );
    expect(problems[0]).toBe(
      'brandTraits: holds more rows than an engagement file can hold (10,000 per table).',
    );
  });

  it('lists at most twenty problems, and says how many more there are', () => {
    const problems = problemsOf(
      edited((file) => {
        for (const row of file.tables.sessionNotes) row.text = 42;
        for (const row of file.tables.actionItems) row.status = 'maybe';
        for (const row of file.tables.agendaItems) row.minutes = -1;
        for (const row of file.tables.journeyPhases) row.emotion = 9;
        for (const row of file.tables.personas) row.name = null;
        for (const row of file.tables.campaigns) row.budget = 'lots';
        for (const row of file.tables.participants) row.role = 'intern';
        for (const row of file.tables.sessions) row.date = 'soon';
        for (const row of file.tables.objectives) row.direction = 'sideways';
      }),
    );
    expect(problems).toHaveLength(maxListedProblems + 1);
    expect(problems.at(-1)).toMatch(/^…and \d+ more problems\.$/);
  });

  it('refuses a file with a missing export time, saying what it should look like', () => {
    expect(problemsOf(edited((file) => (file.exportedAt = 'yesterday')))).toEqual([
      'exportedAt: The export time must be a date and time like 2026-11-22T10:30:00.000Z.',
    ]);
  });

  it('refuses a table that is not a list of rows', () => {
    expect(problemsOf(edited((file) => (file.tables.personas = 'Maya, Raj')))).toEqual([
      'personas: must be a list of rows.',
    ]);
  });

  it('reads a file without an empty table as if the table were there, empty', () => {
    const checked = validateEngagementFile(edited((file) => delete file.tables.brandTraits));
    expect(checked.ok && checked.file.tables.brandTraits).toEqual([]);
  });
});

describe('a truncated or malformed file', () => {
  const text = JSON.stringify(goodFile(), null, 2);

  it('is refused as cut off, however it was cut', () => {
    for (const length of [1, 100, Math.floor(text.length / 2), text.length - 2]) {
      const parsed = parseEngagementFileJson(text.slice(0, length));
      expect(parsed, String(length)).toEqual({
        ok: false,
        problem: expect.stringMatching(/^The file ends in the middle of its content/),
      });
    }
  });

  it('names the line and column of an edit that broke the JSON', () => {
    const broken = text.replace('"title": "FY27 growth plan"', '"title": "FY27 growth plan" oops');
    const line = broken.split('\n').findIndex((candidate) => candidate.includes('oops')) + 1;
    const parsed = parseEngagementFileJson(broken);
    expect(parsed).toEqual({
      ok: false,
      problem: expect.stringMatching(
        new RegExp(
          `^Line ${line}, column \\d+: the file is not valid JSON \\(.+\\)\\. It may have been damaged or edited by hand\\.$`,
        ),
      ),
    });
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(parseEngagementFileJson(`\ufeff${text}`).ok).toBe(true);
  });

  it('says so when the file is empty', () => {
    expect(parseEngagementFileJson('  \n')).toEqual({ ok: false, problem: 'The file is empty.' });
  });
});

describe('the deliverables’ branding in a file (version 4)', () => {
  it('imports every older file: no branding or export choices yet, so both start empty', () => {
    for (const version of [1, 2, 3]) {
      const older = edited((file) => {
        file.version = version;
        delete file.tables.engagementBrandings;
        delete file.tables.documentChoices;
      });
      const checked = validateEngagementFile(older);
      if (!checked.ok) throw new Error(checked.problems.join('\n'));
      expect(checked.file.version).toBe(engagementFileVersion);
      expect(checked.file.tables.engagementBrandings).toEqual([]);
      expect(checked.file.tables.documentChoices).toEqual([]);
      expect(checked.file.tables.sessions).toEqual(goodFile().tables.sessions);
    }
  });

  it('carries the client’s logo and accent colour, and the last export choices', () => {
    const checked = validateEngagementFile(edited(() => undefined));
    if (!checked.ok) throw new Error(checked.problems.join('\n'));
    expect(checked.file.tables.engagementBrandings[0]).toMatchObject({
      accentColour: '#0B7A75',
      clientLogo: { mediaType: 'image/png', width: 96, height: 32 },
    });
    expect(checked.file.tables.documentChoices[0]).toMatchObject({ version: 'working' });
  });

  it('refuses an SVG logo with a script, even one written into the file by hand', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><script>alert(1)</script></svg>';
    const problems = problemsOf(
      edited((file) => {
        file.tables.engagementBrandings[0].clientLogo = {
          fileName: 'logo.svg',
          mediaType: 'image/svg+xml',
          width: 64,
          height: 64,
          data: Buffer.from(svg).toString('base64'),
        };
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^engagementBrandings, row 1, clientLogo › data: logo\.svg holds a script/,
      ),
    ]);
  });

  it('refuses a logo whose data is not the image it claims to be', () => {
    const problems = problemsOf(
      edited((file) => (file.tables.engagementBrandings[0].clientLogo.width = 500)),
    );
    expect(problems.join('\n')).toMatch(/is a 96 × 32 image\/png image, not what the logo says/);
  });

  it('refuses an accent colour that is not a colour', () => {
    expect(
      problemsOf(edited((file) => (file.tables.engagementBrandings[0].accentColour = 'teal'))),
    ).toEqual([
      'engagementBrandings, row 1, accentColour: The accent colour must be a colour like #1F3A5F.',
    ]);
  });

  it('refuses a section list naming a section the plan does not have', () => {
    expect(
      problemsOf(
        edited(
          (file) => (file.tables.documentChoices[0].planSections = ['objectives', 'appendix']),
        ),
      ).join('\n'),
    ).toMatch(
      /documentChoices, row 1, planSections › 1: That is not a section of the marketing plan\./,
    );
  });
});

describe('upgrading an older file', () => {
  it('runs each step from the file’s version up to the reader’s, in order', () => {
    const steps = {
      1: (file: Record<string, unknown>) => ({ ...file, renamed: file.old }),
      2: (file: Record<string, unknown>) => ({ ...file, added: 'default' }),
    };
    expect(upgradeFile({ version: 1, old: 'kept' }, 1, 3, steps)).toEqual({
      ok: true,
      file: { version: 3, old: 'kept', renamed: 'kept', added: 'default' },
    });
  });

  it('refuses a version it has no step for', () => {
    expect(upgradeFile({ version: 1 }, 1, 2, {})).toEqual({
      ok: false,
      problem: 'This Session Studio cannot read engagement files of version 1.',
    });
  });
});

describe('checking an engagement file someone edited or damaged', () => {
  it('says a field is missing, or of the wrong kind, in words', () => {
    expect(
      problemsOf(
        edited((file) => {
          delete file.tables.agendaItems[0].createdAt;
          file.tables.actionItems[0].status = 7;
        }),
      ),
    ).toEqual([
      'agendaItems, row 1, createdAt: is missing.',
      expect.stringMatching(
        /^actionItems, row 1, status: must be one of “open”, .*, not the number 7\.$/,
      ),
    ]);
  });

  it('refuses a field it does not know inside a row’s own fields, which an import would drop', () => {
    const problems = problemsOf(
      edited((file) => (file.tables.actionItems[0].source.note = 'added by hand')),
    );
    expect(problems).toEqual([
      'actionItems, row 1, source: “note” is not a field Session Studio knows.',
    ]);
  });

  it('refuses a "__proto__" key anywhere, which would be read as something else', () => {
    const text = JSON.stringify(goodFile()).replace('"rates":{', '"rates":{"__proto__":{"x":1},');
    expect(problemsOf(JSON.parse(text))).toEqual([
      'plans, row 1, rates: “__proto__” is not a field Session Studio knows; the file was edited.',
    ]);
  });

  it('keeps every line short when the file quotes back a huge value', () => {
    const huge = 'q'.repeat(1_000_000);
    const problems = problemsOf(
      edited((file) => {
        file.tables.touchPoints[0].phaseId = huge;
        file.tables.sessions[0][huge] = 1;
      }),
    );
    expect(problems.length).toBeGreaterThan(0);
    for (const line of problems) expect(line.length).toBeLessThanOrEqual(600);
    expect(problems.join('\n')).toContain('qqq…');
  });
});
