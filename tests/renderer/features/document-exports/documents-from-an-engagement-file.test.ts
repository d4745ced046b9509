import { beforeEach, describe, expect, it } from 'vitest';
import { wholeWorkingPlan } from '../../../../shared/domain/document-choices';
import { db } from '../../../../renderer/src/db/database';
import { engagementFileRepository } from '../../../../renderer/src/db/repositories/engagement-file-repository';
import { readAgenda } from '../../../../renderer/src/features/document-exports/read-agenda';
import { readMarketingPlan } from '../../../../renderer/src/features/document-exports/read-marketing-plan';
import { readSessionSummary } from '../../../../renderer/src/features/document-exports/read-session-summary';
import { planChartPayloads } from '../../../../shared/charts/plan-chart-payloads';
import {
  agendaSnapshotOfFile,
  marketingPlanRecordsOfFile,
  sessionSummaryRecordsOfFile,
} from '../../../../shared/documents/engagement-file-records';
import { toMarketingPlanSnapshot } from '../../../../shared/documents/to-marketing-plan-snapshot';
import { toSessionSummarySnapshot } from '../../../../shared/documents/to-session-summary-snapshot';
import { localToday } from '../../../../shared/domain/local-today';
import { collectEngagementFile } from '../../../../shared/engagement-file/collect';
import type { AnyRow, EngagementFile } from '../../../../shared/engagement-file/format';
import { fullEngagement, ids } from '../../../shared/engagement-file/full-engagement-fixture';

/**
 * The full engagement with every list in the reverse of its key order on screen, so a builder that
 * forgot to order rows as the app does would show it.
 */
function reorderedFile(): EngagementFile {
  const content = fullEngagement();
  for (const rows of Object.values(content.tables) as AnyRow[][]) {
    rows.forEach((row, index) => {
      if (typeof row.position === 'number') row.position = rows.length - index;
    });
  }
  return collectEngagementFile(content, {
    exportedAt: new Date('2026-12-01T10:00:00Z'),
    app: { name: 'Session Studio', version: 'test' },
  });
}

let file: EngagementFile;
beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  file = reorderedFile();
  await engagementFileRepository.importFile(file, { asCopy: false });
});

describe('documents made from an engagement file (the command line)', () => {
  it('hold the same marketing plan the app exports from the same rows', async () => {
    const records = marketingPlanRecordsOfFile(file);
    const fromFile = toMarketingPlanSnapshot(records, {
      preparedOn: localToday(),
      charts: planChartPayloads(records),
    });
    expect(fromFile.charts.map((chart) => chart.kind)).toEqual([
      'tone-drift',
      'emotion-curve',
      'reverse-funnel',
      'investment-return',
      'campaign-timeline',
    ]);
    expect(fromFile).toEqual(await readMarketingPlan(file.engagement, wholeWorkingPlan));
  });

  it('hold the same session summary and agenda the app exports', async () => {
    const session = file.tables.sessions.find((row) => row.id === ids.kickOff);
    if (!session) throw new Error('The fixture lost its kick-off session.');
    expect(toSessionSummarySnapshot(sessionSummaryRecordsOfFile(file, session.id))).toEqual(
      await readSessionSummary(file.engagement, session, 'working'),
    );
    expect(agendaSnapshotOfFile(file, session.id)).toEqual(
      await readAgenda(file.engagement, session, 'working'),
    );
    // The client's branding comes along with each of them.
    expect(agendaSnapshotOfFile(file, session.id).branding).toMatchObject({
      accentColour: '#0B7A75',
      clientLogo: { fileName: 'acme-badge.png' },
    });
    expect(agendaSnapshotOfFile(file, session.id).agenda.map((item) => item.title)).toEqual([
      'Situation review',
      'Welcome & purpose',
    ]);
  });
});
