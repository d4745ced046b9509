import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planSectionIds } from '../../../shared/domain/document-choices';
import { collectEngagementFile } from '../../../shared/engagement-file/collect';
import { chartExamples } from '../charts/fixtures/chart-examples';
import { headings } from '../documents/document-xml';
import { readZipEntry } from '../documents/read-zip-entry';
import { entriesOf, tempFolder } from '../files/temp-folder';
import { fullEngagement } from '../../shared/engagement-file/full-engagement-fixture';
import { run } from './run-in-process';

const stackLine = /\n\s+at /;

let folder: string;
let engagementFile: string;
beforeAll(() => {
  folder = tempFolder();
  engagementFile = join(folder, 'acme.sessionstudio');
  const file = collectEngagementFile(fullEngagement(), {
    exportedAt: new Date('2026-12-01T10:00:00Z'),
    app: { name: 'Session Studio', version: 'test' },
  });
  writeFileSync(engagementFile, JSON.stringify(file, null, 2));
});

describe('the command line', () => {
  it('prints its usage on --help and exits 0', async () => {
    const { code, out, error } = await run('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage:\n {2}session-studio chart <kind>/);
    expect(error).toBe('');
  });

  it('says what it did not understand, then the usage, and exits 2', async () => {
    const { code, out, error } = await run('plan', engagementFile);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(error).toMatch(
      /^session-studio: plan needs an engagement file and an output file\.\n\nUsage:/,
    );
  });

  it('draws a chart from a JSON file of its data, as SVG', async () => {
    const data = join(folder, 'funnel.json');
    writeFileSync(data, JSON.stringify(chartExamples['reverse-funnel']));
    const target = join(folder, 'funnel.svg');
    const { code, out } = await run('chart', 'reverse-funnel', data, target);
    expect(code).toBe(0);
    expect(out).toBe(`Wrote the Work-backwards funnel chart to ${target}.`);
    expect(readFileSync(target, 'utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('refuses chart data that does not fit the chart, with the reason and no stack trace', async () => {
    const data = join(folder, 'wrong.json');
    writeFileSync(data, JSON.stringify({ phases: 'none' }));
    const { code, error } = await run('chart', 'emotion-curve', data, join(folder, 'x.png'));
    expect(code).toBe(1);
    expect(error).toMatch(
      /^session-studio: wrong\.json: The Emotion curve chart cannot be drawn from this data: /,
    );
    expect(error).not.toMatch(stackLine);
    expect(entriesOf(folder)).not.toContain('x.png');
  });

  it('builds the marketing plan from an engagement file, charts drawn headless', async () => {
    const target = join(folder, 'plan.docx');
    const { code, out } = await run(
      'plan',
      engagementFile,
      target,
      '--version',
      'working',
      '--sections',
      planSectionIds.join(','),
      // The file remembers editable charts from the app; pictures asked for here.
      '--charts',
      'pictures',
    );
    expect(code).toBe(0);
    expect(out).toBe(`Wrote the marketing plan of Acme Robotics — FY27 growth plan to ${target}.`);
    const xml = readZipEntry(readFileSync(target), 'word/document.xml');
    // The five charts, and the client's logo on the cover.
    expect(xml.match(/<pic:pic\b/g)).toHaveLength(6);
    expect(xml).toContain('descr="Budget €5,000 in total: Consideration €5,000.');
    // Prepared today, in the settings' date style (the defaults here).
    expect(xml).toContain('1 December 2026');
  }, 60_000);

  it('makes the version and sections asked for, else those remembered in the file', async () => {
    const headingsOf = (path: string) =>
      headings(readZipEntry(readFileSync(path), 'word/document.xml'))
        .filter((heading) => heading.startsWith('1 '))
        .map((heading) => heading.slice(2));
    // The fixture's engagement was last exported as the working version of three sections.
    const remembered = join(folder, 'remembered.docx');
    expect((await run('plan', engagementFile, remembered)).code).toBe(0);
    expect(headingsOf(remembered)).toEqual(['Executive summary', 'Objectives', 'Campaigns']);
    expect(readZipEntry(readFileSync(remembered), 'word/document.xml')).toContain('SMART check');

    const client = join(folder, 'client.docx');
    const asked = await run(
      'plan',
      engagementFile,
      client,
      '--version=client',
      '--sections',
      ' campaigns, objectives ',
    );
    expect(asked.code).toBe(0);
    // In the plan's order, whatever order they were named in; no SMART check for the client.
    expect(headingsOf(client)).toEqual(['Objectives', 'Campaigns']);
    expect(readZipEntry(readFileSync(client), 'word/document.xml')).not.toContain('SMART');
  }, 60_000);

  it('refuses an unknown section or version in one line, writing nothing', async () => {
    const target = join(folder, 'refused.docx');
    const unknown = await run('plan', engagementFile, target, '--sections', 'objectives,appendix');
    expect(unknown).toEqual({
      code: 2,
      out: '',
      error: `session-studio: --sections: The plan has no section “appendix”; its sections are ${planSectionIds.join(', ')}.`,
    });
    const version = await run('plan', engagementFile, target, '--version', 'final');
    expect(version.code).toBe(2);
    expect(version.error).toBe('session-studio: --version is client or working, not “final”.');
    const summarySections = await run('summary', engagementFile, target, '--sections', 'brand');
    expect(summarySections.code).toBe(2);
    expect(summarySections.error).toMatch(
      /^session-studio: --sections does not apply to summary\./,
    );
    expect(entriesOf(folder)).not.toContain('refused.docx');
  });

  it('builds a session’s summary and agenda, the session named by title', async () => {
    const summary = join(folder, 'summary.docx');
    expect(
      (await run('summary', engagementFile, summary, '--session', 'kick-off session')).code,
    ).toBe(0);
    expect(readZipEntry(readFileSync(summary), 'word/document.xml')).toContain('Kick-off session');
    const agenda = join(folder, 'agenda.docx');
    expect((await run('agenda', engagementFile, agenda, '--session=Quarterly refresh')).code).toBe(
      0,
    );
    expect(readZipEntry(readFileSync(agenda), 'word/document.xml')).toContain('Quarterly refresh');
  });

  it('lists the sessions when the engagement has several and none is named', async () => {
    const { code, error } = await run('agenda', engagementFile, join(folder, 'a.docx'));
    expect(code).toBe(1);
    expect(error).toContain('The engagement has 2 sessions; name one with --session');
    expect(error).toContain('“Quarterly refresh” (2027-03-01');
  });

  it('refuses a missing, malformed or invalid file, and an output folder that is not there', async () => {
    const missing = await run(
      'plan',
      join(folder, 'nowhere.sessionstudio'),
      join(folder, 'p.docx'),
    );
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.error).toBe(
      `session-studio: There is no file at ${join(folder, 'nowhere.sessionstudio')}.`,
    );

    const cutOff = join(folder, 'cut.sessionstudio');
    writeFileSync(cutOff, readFileSync(engagementFile, 'utf8').slice(0, 500));
    const malformed = await run('plan', cutOff, join(folder, 'p.docx'));
    expect(malformed.code).toBe(1);
    expect(malformed.error).toMatch(
      /cut\.sessionstudio cannot be read as an engagement file:\n {2}The file ends in the middle/,
    );

    const edited = join(folder, 'edited.sessionstudio');
    const file = JSON.parse(readFileSync(engagementFile, 'utf8'));
    file.tables.sessions[0].title = '';
    writeFileSync(edited, JSON.stringify(file));
    const invalid = await run('plan', edited, join(folder, 'p.docx'));
    expect(invalid.code).toBe(1);
    expect(invalid.error).toMatch(
      /edited\.sessionstudio cannot be read as an engagement file:\n {2}sessions, row 1, title: /,
    );

    const nowhere = await run('plan', engagementFile, join(folder, 'no-such-folder', 'p.docx'));
    expect(nowhere.code).toBe(1);
    expect(nowhere.error).toMatch(/^session-studio: The folder for .* does not exist\./);
    for (const result of [missing, malformed, invalid, nowhere])
      expect(result.error).not.toMatch(stackLine);
    expect(entriesOf(folder)).not.toContain('p.docx');
  });
});
