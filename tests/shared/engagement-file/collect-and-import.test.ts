import { describe, expect, it } from 'vitest';
import { collectEngagementFile } from '../../../shared/engagement-file/collect';
import { childTableNames, engagementFileVersion } from '../../../shared/engagement-file/format';
import { parseEngagementFileJson } from '../../../shared/engagement-file/parse-json';
import { copyTitle, planImport } from '../../../shared/engagement-file/plan-import';
import { validateEngagementFile } from '../../../shared/engagement-file/validate';
import { fullEngagement } from './full-engagement-fixture';

const meta = {
  exportedAt: new Date('2026-11-22T10:30:00.000Z'),
  app: { name: 'Session Studio', version: '0.1.0' },
};

/** What another laptop reads: the file written as text and parsed back. */
function throughText(value: unknown): unknown {
  const parsed = parseEngagementFileJson(JSON.stringify(value, null, 2));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
}

const sortedBy = <T>(rows: readonly T[], key: keyof T) =>
  [...rows].sort((a, b) => String(a[key]).localeCompare(String(b[key])));

describe('collecting an engagement into a file', () => {
  it('stamps the format, version, time and app, and holds every table', () => {
    const file = collectEngagementFile(fullEngagement(), meta);
    expect(file).toMatchObject({
      format: 'session-studio-engagement',
      version: engagementFileVersion,
      exportedAt: '2026-11-22T10:30:00.000Z',
      app: { name: 'Session Studio', version: '0.1.0' },
    });
    expect(Object.keys(file.tables).sort()).toEqual([...childTableNames].sort());
  });

  it('every table of the fixture has rows, so the round trip covers them all', () => {
    const { tables } = fullEngagement();
    for (const name of childTableNames) expect(tables[name].length, name).toBeGreaterThan(0);
  });

  it('exports the same engagement the same way, whatever order the rows came in', () => {
    const content = fullEngagement();
    const shuffled = {
      ...content,
      tables: { ...content.tables, agendaItems: [...content.tables.agendaItems].reverse() },
    };
    expect(collectEngagementFile(shuffled, meta)).toEqual(collectEngagementFile(content, meta));
  });
});

describe('a round trip through the file', () => {
  it('brings back every row of a fully filled engagement exactly', () => {
    const original = fullEngagement();
    const checked = validateEngagementFile(throughText(collectEngagementFile(original, meta)));
    if (!checked.ok) throw new Error(checked.problems.join('\n'));
    const plan = planImport(checked.file, {
      asCopy: false,
      newId: () => 'unused',
      importedOn: '2026-11-23',
    });
    expect(plan.engagementId).toBe(original.engagement.id);
    expect(plan.rows.engagements).toEqual([original.engagement]);
    for (const name of childTableNames) {
      const key = name === 'critiqueSheets' || name === 'brandProfiles' || name === 'plans';
      const by = key ? 'engagementId' : name === 'facilitatorClocks' ? 'sessionId' : 'id';
      expect(sortedBy(plan.rows[name] as never[], by as never), name).toEqual(
        sortedBy(original.tables[name] as never[], by as never),
      );
    }
  });

  it('brings back an archived engagement in the active list, to be worked on', () => {
    const content = fullEngagement();
    content.engagement.archivedAt = 1_764_000_000_400;
    content.engagement.deletedAt = 1_764_000_000_500;
    const plan = planImport(content, { asCopy: false, newId: () => 'x', importedOn: '2026-11-23' });
    expect(plan.rows.engagements[0]).toMatchObject({ archivedAt: 0, deletedAt: 0 });
  });
});

describe('the title of a copy', () => {
  it('says when it was imported', () => {
    expect(copyTitle('FY27 growth plan', '2026-11-23')).toBe(
      'FY27 growth plan (imported 2026-11-23)',
    );
  });

  it('stays within the 200 characters of a title', () => {
    const title = copyTitle('x'.repeat(200), '2026-11-23');
    expect(title).toHaveLength(200);
    expect(title.endsWith('… (imported 2026-11-23)')).toBe(true);
  });
});
