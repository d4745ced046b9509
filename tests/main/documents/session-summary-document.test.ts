import { describe, expect, it } from 'vitest';
import { buildSessionSummaryDocument } from '../../../main/documents/session-summary-document';
import { packDocument } from '../../../main/documents/pack-document';
import type { SessionSummarySnapshot } from '../../../shared/documents/session-summary-snapshot';
import { toSessionSummarySnapshot } from '../../../shared/documents/to-session-summary-snapshot';
import { kickOffSummaryRecords } from '../../shared/documents/fixtures/engagement-records';
import {
  afterCover,
  coverDetails,
  documentXml,
  headings,
  italicLines,
  paragraphs,
  tables,
} from './document-xml';
import { isoDates, plainLook } from './document-look-fixture';
import { readZipEntry } from './read-zip-entry';

const summary = () => toSessionSummarySnapshot(kickOffSummaryRecords());
const xmlOf = (snapshot: SessionSummarySnapshot) =>
  documentXml(buildSessionSummaryDocument(snapshot, plainLook(snapshot.engagement, isoDates)));

/** The kick-off session with nothing recorded in it. */
function nothingRecorded(): SessionSummarySnapshot {
  const base = summary();
  return {
    ...base,
    session: { ...base.session, purpose: '' },
    participants: [],
    decisions: [],
    parkingLot: [],
    actionItems: [],
    agenda: [],
    generalNotes: '',
    notesOfRemovedItems: [],
    objectiveChanges: [],
  };
}

describe('the session summary document', () => {
  it('opens with a cover naming client, engagement, session and facilitator, then the parts in reading order', async () => {
    const xml = await xmlOf(summary());
    expect(
      paragraphs(xml)
        .slice(0, 3)
        .map((paragraph) => paragraph.text),
    ).toEqual(['SESSION SUMMARY', 'Acme Robotics', 'FY27 growth plan']);
    expect(coverDetails(xml)).toEqual([
      ['Session', 'Kick-off session'],
      ['Date', '2026-11-30 at 09:00'],
      ['Place', 'Acme HQ'],
      ['Length', '2 h'],
      ['Prepared by', 'Dana Reyes, Northwind Strategy'],
    ]);
    expect(headings(xml)).toEqual([
      '1 Purpose of the session',
      '1 Participants',
      '1 Decisions taken',
      '1 Objectives revised',
      '1 Action items',
      '1 Notes',
      '2 1. Welcome &amp; purpose',
      '2 2. Situation review',
      '2 General notes',
      '2 Notes on items taken off the agenda',
      '1 Parking lot',
      '1 Agenda: planned and actual',
    ]);
  });

  it('names who attended in a table, and who was absent or never marked below it', async () => {
    const xml = await xmlOf(summary());
    expect(tables(xml)[0]).toEqual([
      ['Attended', 'Title', 'Organisation', 'Role', 'E-mail'],
      ['Ana Ortiz', 'CMO', 'Acme', 'Marketing', 'ana.ortiz@acme.example'],
    ]);
    const texts = paragraphs(xml).map((paragraph) => paragraph.text);
    expect(texts).toContain('Absent: Sam Ortiz — Sales director, Acme, sam.ortiz@acme.example');
    expect(texts).toContain('Invited, attendance not recorded: Per');
  });

  it('never doubles the brackets of a name that carries its own transliteration', async () => {
    const base = summary();
    const xml = await xmlOf({
      ...base,
      participants: [
        {
          name: '佐藤 花子 (Sato Hanako)',
          title: 'Head of sales',
          organisation: 'Acme',
          email: '',
          role: 'sales',
          attendance: 'absent',
        },
      ],
    });
    const texts = paragraphs(xml).map((paragraph) => paragraph.text);
    expect(texts).toContain('Absent: 佐藤 花子 (Sato Hanako) — Head of sales, Acme');
    expect(texts.join('\n')).not.toMatch(/\) \(/);
  });

  it('lists the decisions as bullets and the action items as a real Word table', async () => {
    const xml = await xmlOf(summary());
    const bullets = paragraphs(xml).filter((paragraph) => paragraph.style === 'ListParagraph');
    expect(bullets.map((paragraph) => paragraph.text)).toEqual([
      'Launch in Norway first.',
      'No price promotion in the first 8 weeks.',
      // The objective first stated in this session: what it was stated with, a short line each.
      'Metric: New-customer revenue',
      'Target: 1,000,000 EUR',
      'Private-label request',
    ]);
    expect(tables(xml)[1]).toEqual([
      ['Action', 'Owner', 'Due', 'Status'],
      ['Draft the pricing page', 'Ana Ortiz', '2027-01-15', 'Open'],
    ]);
    expect(xml).toContain('<w:tblHeader/>');
    const texts = paragraphs(xml).map((paragraph) => paragraph.text);
    expect(texts).toContain('New objective: Grow sales');
    expect(texts.join('\n')).not.toMatch(/set to|→ —/);
  });

  it('keeps every line of a note, and prints no heading for an item nothing was noted under', async () => {
    const xml = await xmlOf(summary());
    const texts = paragraphs(xml).map((paragraph) => paragraph.text);
    expect(texts).toContain('Grocery chains want co-op budgets.');
    expect(texts).toContain('Convenience stores: 30 % of trial.');
    expect(texts).toContain('Discussed pricing tiers.');
    expect(texts).not.toContain('No notes.');
    expect(headings(xml)).not.toContain('2 3. Objectives');
  });

  it('sets planned against actual minutes when facilitator mode recorded them', async () => {
    const xml = await xmlOf(summary());
    expect(tables(xml)[2]).toEqual([
      ['Start', 'Item', 'Planned', 'Actual', 'Owner'],
      ['09:00', 'Welcome &amp; purpose', '15 min', '20 min', 'Dana'],
      ['09:15', 'Situation review', '45 min', '40 min', 'Sam'],
      ['10:00', 'Objectives', '30 min', 'not run', 'Ana'],
    ]);
    expect(italicLines(xml)).toContain(
      'Run in facilitator mode: 2 of 3 items took 1 h against 1 h planned, exactly on plan.',
    );
  });

  it('shows the planned agenda alone, and says why, when no time was recorded', async () => {
    const base = summary();
    const xml = await xmlOf({
      ...base,
      agenda: base.agenda.map((item) => ({ ...item, actualMinutes: null })),
    });
    expect(tables(xml)[2]?.[0]).toEqual(['Start', 'Item', 'Minutes', 'Owner']);
    expect(italicLines(xml)).toContain(
      'Actual times were not recorded: the session was not run in facilitator mode.',
    );
  });

  it('says plainly what is empty instead of leaving empty tables', async () => {
    const xml = await xmlOf(nothingRecorded());
    expect(italicLines(xml)).toEqual([
      'The purpose was not written down.',
      'No participants were recorded.',
      'No decisions were recorded.',
      'No objective was changed in this session.',
      'No action items were raised in this session.',
      'No notes were taken.',
      'Nothing was parked.',
      'The session had no agenda.',
    ]);
    expect(afterCover(xml)).not.toContain('<w:tbl>');
  });

  it('leaves everything empty out of the client version, and says so when nothing is left', async () => {
    const base = summary();
    const xml = await xmlOf({ ...nothingRecorded(), version: 'client' });
    expect(headings(xml)).toEqual([]);
    expect(italicLines(xml)).toEqual(['Nothing was recorded in this session.']);
    // With content, only the empty parts and the working notes go.
    const client = await xmlOf({
      ...base,
      version: 'client',
      parkingLot: [],
      agenda: base.agenda.map((item) => ({ ...item, actualMinutes: null })),
    });
    expect(headings(client)).not.toContain('1 Parking lot');
    expect(headings(client)).toContain('1 Decisions taken');
    expect(italicLines(client)).not.toContain(
      'Actual times were not recorded: the session was not run in facilitator mode.',
    );
  });

  it('keeps markup-like text as text and titles the document', async () => {
    const base = summary();
    const packed = await packDocument(
      buildSessionSummaryDocument(
        { ...base, decisions: ['<b>Price</b> & "terms"'] },
        plainLook(base.engagement),
      ),
    );
    expect(readZipEntry(packed, 'word/document.xml')).toContain(
      '&lt;b&gt;Price&lt;/b&gt; &amp; &quot;terms&quot;',
    );
    expect(readZipEntry(packed, 'docProps/core.xml')).toContain('Acme Robotics — Session summary');
  });

  it('reports an objective removed in the session after the revised ones, in both versions', async () => {
    const removed = {
      objective: {
        statement: 'open Sweden',
        metric: 'Swedish distributors signed',
        direction: 'increase' as const,
        baseline: null,
        target: 5,
        unit: 'distributors',
        deadline: '2027-09-30',
        owner: '',
      },
      reason: 'Norway first',
    };
    for (const version of ['client', 'working'] as const) {
      const onlyRemoved = { ...nothingRecorded(), version, removedObjectives: [removed] };
      const texts = paragraphs(afterCover(await xmlOf(onlyRemoved))).map((line) => line.text);
      const start = texts.indexOf('Objectives revised');
      expect(start, version).toBeGreaterThanOrEqual(0);
      expect(texts.slice(start + 1, start + 6)).toEqual([
        'Removed: open Sweden',
        'Metric: Swedish distributors signed',
        'Target: 5 distributors',
        'Deadline: 2027-09-30',
        'Why: Norway first.',
      ]);
    }
  });
});
