import { describe, expect, it } from 'vitest';
import { collectEngagementFile } from '../../../shared/engagement-file/collect';
import { validateEngagementFile } from '../../../shared/engagement-file/validate';
import { fullEngagement, ids } from './full-engagement-fixture';

type Rows = Record<string, unknown>[];

/** The full engagement as a version-1 Session Studio wrote it: without what version 2 added. */
function versionOneFile(): Record<string, unknown> {
  const file = JSON.parse(
    JSON.stringify(
      collectEngagementFile(fullEngagement(), {
        exportedAt: new Date('2026-11-22T10:30:00.000Z'),
        app: { name: 'Session Studio', version: '0.1.0' },
      }),
    ),
  ) as { version: number; tables: Record<string, Rows> };
  const drop = (table: string, fields: string[]) => {
    for (const row of file.tables[table] ?? []) for (const field of fields) delete row[field];
  };
  drop('participants', ['email']);
  drop('campaigns', ['type', 'budgetCurrency']);
  drop('plans', ['currency']);
  drop('industryTrends', ['horizonYears']);
  drop('objections', ['phaseId']);
  delete file.tables.salesHandoffs;
  // Version 1 knew no insights; its decisions were never tied to an agenda item.
  file.version = 1;
  return file;
}

describe('a version-1 engagement file (before participants had e-mail addresses)', () => {
  it('imports, every new field with the value a new row starts with', () => {
    const checked = validateEngagementFile(versionOneFile());
    if (!checked.ok) throw new Error(checked.problems.join('\n'));
    const { tables } = checked.file;
    expect(tables.participants.map((row) => row.email)).toEqual(['', '']);
    expect(tables.campaigns[0]).toMatchObject({
      id: ids.campaign,
      type: null,
      budget: 5000,
      budgetCurrency: '',
    });
    expect(tables.plans[0]?.currency).toBe('');
    expect(tables.industryTrends[0]).toMatchObject({ horizon: '1-2-years', horizonYears: null });
    expect(tables.objections[0]).toMatchObject({ objection: 'Too expensive', phaseId: '' });
    expect(tables.salesHandoffs).toEqual([]);
  });

  it('still refuses a version-1 file whose rows are wrong, naming the row', () => {
    const file = versionOneFile() as { tables: Record<string, Rows> };
    const participant = file.tables.participants?.[0];
    if (participant) participant.role = 'astronaut';
    const checked = validateEngagementFile(file);
    expect(checked.ok ? [] : checked.problems).toEqual([
      'participants, row 1, role: Choose one of the listed roles.',
    ]);
  });
});
