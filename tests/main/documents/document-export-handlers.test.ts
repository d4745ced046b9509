import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createHandlers,
  type HandlerPlatform,
  type SaveDialogRequest,
} from '../../../main/ipc/create-handlers';
import { dispatch } from '../../../main/ipc/dispatch';
import { toMarketingPlanSnapshot } from '../../../shared/documents/to-marketing-plan-snapshot';
import { toSessionSummarySnapshot } from '../../../shared/documents/to-session-summary-snapshot';
import { planChartPayloads } from '../../../shared/charts/plan-chart-payloads';
import { entriesOf, tempFolder } from '../files/temp-folder';
import {
  acmeRecords,
  kickOffSummaryRecords,
} from '../../shared/documents/fixtures/engagement-records';
import { readZipEntry, readZipEntryBytes } from './read-zip-entry';

function platformAnswering(answer: string | null) {
  const dialogs: SaveDialogRequest[] = [];
  const platform: HandlerPlatform = {
    appInfo: () => ({ name: 'Session Studio', version: '0.1.0', userDataPath: '/data' }),
    chooseSavePath: async (request) => {
      dialogs.push(request);
      return answer;
    },
  };
  return { handlers: createHandlers(platform), dialogs };
}

const summary = () => toSessionSummarySnapshot(kickOffSummaryRecords());
const plan = () => {
  const records = acmeRecords();
  return toMarketingPlanSnapshot(records, {
    preparedOn: '2026-12-01',
    charts: planChartPayloads(records),
  });
};

describe('exporting the session summary', () => {
  it('offers a name of client, session, “Summary” and date, and writes nothing on cancel', async () => {
    const { handlers, dialogs } = platformAnswering(null);
    expect(await dispatch(handlers, 'exportSessionSummaryDocx', summary())).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect(dialogs).toEqual([
      {
        title: 'Export session summary',
        defaultFileName: 'Acme Robotics - Kick-off session - Summary - 2026-11-30.docx',
        filters: [{ name: 'Word document', extensions: ['docx'] }],
      },
    ]);
  });

  it('saves a Word file holding the decisions and the action items', async () => {
    const folder = tempFolder();
    const target = join(folder, 'summary.docx');
    const { handlers } = platformAnswering(target);
    expect(await dispatch(handlers, 'exportSessionSummaryDocx', summary())).toEqual({
      ok: true,
      value: { status: 'saved', filePath: target },
    });
    const xml = readZipEntry(readFileSync(target), 'word/document.xml');
    expect(xml).toContain('Launch in Norway first.');
    expect(xml).toContain('Draft the pricing page');
    expect(entriesOf(folder)).toEqual(['summary.docx']);
  });

  it('refuses a malformed summary with the reason, asking and writing nothing', async () => {
    const folder = tempFolder();
    const { handlers, dialogs } = platformAnswering(join(folder, 'summary.docx'));
    const broken = {
      ...summary(),
      actionItems: [{ ...summary().actionItems[0], status: 'someday' }],
    };
    const result = await dispatch(handlers, 'exportSessionSummaryDocx', broken);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(result.ok ? '' : result.error.message).toMatch(
      /^Session Studio refused the request: .*\(actionItems\.0\.status\)$/,
    );
    const tooLong = await dispatch(handlers, 'exportSessionSummaryDocx', {
      ...summary(),
      generalNotes: 'x'.repeat(10_001),
    });
    expect(tooLong).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message:
          'Session Studio refused the request: Note can be at most 10,000 characters. (generalNotes)',
      },
    });
    expect(dialogs).toEqual([]);
    expect(entriesOf(folder)).toEqual([]);
  });
});

describe('exporting the marketing plan', () => {
  it('offers a name of client, engagement, “Marketing plan” and date', async () => {
    const { handlers, dialogs } = platformAnswering(null);
    await dispatch(handlers, 'exportMarketingPlanDocx', plan());
    expect(dialogs.map((dialog) => [dialog.title, dialog.defaultFileName])).toEqual([
      [
        'Export marketing plan',
        'Acme Robotics - FY27 growth plan - Marketing plan - 2026-12-01.docx',
      ],
    ]);
  });

  it('draws the charts from their data and embeds them with their summaries as alt text', async () => {
    const folder = tempFolder();
    const target = join(folder, 'plan.docx');
    const { handlers } = platformAnswering(target);
    const result = await dispatch(handlers, 'exportMarketingPlanDocx', plan());
    expect(result).toEqual({ ok: true, value: { status: 'saved', filePath: target } });
    const bytes = readFileSync(target);
    // The summaries as alt text, read as printed: their numbers are held to their units.
    const xml = readZipEntry(bytes, 'word/document.xml').replaceAll('\u00A0', ' ');
    expect(xml.match(/<pic:pic\b/g)).toHaveLength(5);
    expect(xml).toMatch(
      /descr="Tone of voice on 1 channel compared with the brand’s: 94 % consistent overall\./,
    );
    expect(xml).toMatch(/descr="Emotion across 3 phases, from Awareness to Conversion/);
    expect(xml).toMatch(/descr="1 campaign from 1 Feb 2027 to 31 Mar 2027\./);
    expect(xml).toMatch(/descr="Budget €12,000 in total: Awareness €12,000\./);
    // Each PNG fallback is at print resolution: 220 pixels to the inch of the placed chart, which
    // for a 960-wide chart on a landscape page (9.7 inches) is over 2,100 pixels.
    const relations = readZipEntry(bytes, 'word/_rels/document.xml.rels');
    const pngs = [...relations.matchAll(/Target="(media\/[^"]+\.png)"/g)].map((match) => match[1]);
    expect(pngs).toHaveLength(5);
    const png = readZipEntryBytes(bytes, `word/${pngs[0]}`);
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(2100);
  }, 60_000);

  it('refuses chart data that cannot be drawn before asking where to save', async () => {
    const folder = tempFolder();
    const { handlers, dialogs } = platformAnswering(join(folder, 'plan.docx'));
    const snapshot = plan();
    const broken = {
      ...snapshot,
      charts: [
        { kind: 'emotion-curve', data: { phases: ['A'], personas: [{ name: 'P', scores: [7] }] } },
      ],
    };
    expect(await dispatch(handlers, 'exportMarketingPlanDocx', broken)).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message:
          'Session Studio refused the request: The Emotion curve chart cannot be drawn from this data: personas.0.scores.0: An emotion score must be from −2 to +2.',
      },
    });
    for (const charts of [[{ kind: 'pie', data: {} }], [snapshot.charts[0], snapshot.charts[0]]]) {
      const result = await dispatch(handlers, 'exportMarketingPlanDocx', { ...snapshot, charts });
      expect(result.ok ? '' : result.error.message).toMatch(
        /^Session Studio refused the request: The (plan cannot draw a chart called “pie”|Tone-of-voice drift chart was sent twice)\.$/,
      );
    }
    expect(dialogs).toEqual([]);
    expect(entriesOf(folder)).toEqual([]);
  });

  it('refuses a malformed plan with the reason, asking and writing nothing', async () => {
    const folder = tempFolder();
    const { handlers, dialogs } = platformAnswering(join(folder, 'plan.docx'));
    const snapshot = plan();
    const result = await dispatch(handlers, 'exportMarketingPlanDocx', {
      ...snapshot,
      workBackwards: { ...snapshot.workBackwards, bufferPercent: 400 },
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message:
          'Session Studio refused the request: The safety buffer can be at most 100 %. (workBackwards.bufferPercent)',
      },
    });
    expect(dialogs).toEqual([]);
    expect(entriesOf(folder)).toEqual([]);
  });
});
