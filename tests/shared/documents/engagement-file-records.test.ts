import { describe, expect, it } from 'vitest';
import {
  marketingPlanRecordsOfFile,
  sessionsOfFile,
  sessionSummaryRecordsOfFile,
} from '../../../shared/documents/engagement-file-records';
import { emptyBrandProfile } from '../../../shared/domain/brand';
import { emptyCritiqueSheet } from '../../../shared/domain/critique';
import { emptyPlan } from '../../../shared/domain/plan';
import { fullEngagement, ids } from '../engagement-file/full-engagement-fixture';

describe('an engagement file’s rows as the snapshot builders take them', () => {
  it('gives a sheet that was never edited as its empty sheet, as the app reads it', () => {
    const content = fullEngagement();
    content.tables.critiqueSheets = [];
    content.tables.brandProfiles = [];
    content.tables.plans = [];
    const records = marketingPlanRecordsOfFile(content);
    expect(records.critiqueSheet).toEqual(emptyCritiqueSheet(ids.engagement));
    expect(records.brandProfile).toEqual(emptyBrandProfile(ids.engagement));
    expect(records.plan).toEqual(emptyPlan(ids.engagement));
  });

  it('orders lists by their place on screen and sessions by date, then by when added', () => {
    const content = fullEngagement();
    const objective = content.tables.objectives[0]!;
    content.tables.objectives = [objective, { ...objective, id: 'later', position: 0 }];
    const [kickOff, refresh] = content.tables.sessions;
    content.tables.sessions = [
      { ...refresh!, date: kickOff!.date, createdAt: kickOff!.createdAt + 1 },
      kickOff!,
    ];
    expect(marketingPlanRecordsOfFile(content).objectives.map((row) => row.id)).toEqual([
      'later',
      objective.id,
    ]);
    expect(sessionsOfFile(content).map((session) => session.id)).toEqual([
      ids.kickOff,
      ids.refresh,
    ]);
  });

  it('keeps a session’s own rows for its summary', () => {
    const records = sessionSummaryRecordsOfFile(fullEngagement(), ids.refresh);
    expect(records.participants.map((person) => person.name)).toEqual(['Sam Ortiz']);
    expect(records.agenda.map((item) => item.title)).toEqual(['What changed']);
    expect(() => sessionSummaryRecordsOfFile(fullEngagement(), 'gone')).toThrow(RangeError);
  });
});
