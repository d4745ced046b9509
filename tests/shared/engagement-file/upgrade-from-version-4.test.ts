import { describe, expect, it } from 'vitest';
import { collectEngagementFile } from '../../../shared/engagement-file/collect';
import { validateEngagementFile } from '../../../shared/engagement-file/validate';
import { fullEngagement, ids } from './full-engagement-fixture';

const collected = () =>
  JSON.parse(
    JSON.stringify(
      collectEngagementFile(fullEngagement(), {
        exportedAt: new Date('2026-12-06T10:30:00.000Z'),
        app: { name: 'Session Studio', version: '0.1.0' },
      }),
    ),
  ) as { version: number; tables: Record<string, Record<string, unknown>[]> };

describe('a version-4 engagement file (before removed objectives were recorded)', () => {
  it('imports with no removals recorded, and everything else as it was', () => {
    const file = collected();
    delete file.tables.objectiveRemovals;
    file.version = 4;
    const checked = validateEngagementFile(file);
    if (!checked.ok) throw new Error(checked.problems.join('\n'));
    expect(checked.file.version).toBe(5);
    expect(checked.file.tables.objectiveRemovals).toEqual([]);
    expect(checked.file.tables.objectiveRevisions.map((row) => row.reason)).toEqual([
      'Sales can take more',
    ]);
  });

  it('carries a removal in version 5: what the objective said, its session and why', () => {
    const checked = validateEngagementFile(collected());
    if (!checked.ok) throw new Error(checked.problems.join('\n'));
    expect(checked.file.tables.objectiveRemovals).toEqual([
      expect.objectContaining({
        sessionId: ids.refresh,
        reason: 'Covered by the lead objective',
        objective: expect.objectContaining({ statement: 'Win a grocery chain', target: 1 }),
      }),
    ]);
  });

  it('refuses a removal whose record is malformed, naming the row', () => {
    const file = collected();
    const [removal] = file.tables.objectiveRemovals ?? [];
    if (removal) removal.objective = { statement: 'Win a grocery chain' };
    const checked = validateEngagementFile(file);
    expect(checked.ok ? [] : checked.problems[0]).toMatch(/^objectiveRemovals, row 1, objective/);
  });
});
