import { describe, expect, it } from 'vitest';
import { buildAgendaDocument } from '../../../main/documents/agenda-document';
import { packDocument } from '../../../main/documents/pack-document';
import type { AgendaSnapshot } from '../../../shared/documents/agenda-snapshot';
import { agendaSnapshot } from '../agenda-snapshot-fixture';
import { isoDates, plainLook } from './document-look-fixture';
import { afterCover, coverDetails, paragraphs, tableRows } from './document-xml';
import { readZipEntry } from './read-zip-entry';

async function documentXml(snapshot: AgendaSnapshot): Promise<string> {
  return readZipEntry(
    await packDocument(buildAgendaDocument(snapshot, plainLook(snapshot.engagement, isoDates))),
    'word/document.xml',
  );
}

describe('the session agenda document', () => {
  it('opens with a cover: what it is, client, engagement, session, date, place and facilitator', async () => {
    const xml = await documentXml(agendaSnapshot());
    expect(paragraphs(xml).slice(0, 3)).toEqual([
      { style: '', text: 'SESSION AGENDA' },
      { style: 'Title', text: 'Acme Robotics' },
      { style: '', text: 'FY27 growth plan' },
    ]);
    expect(coverDetails(xml)).toEqual([
      ['Session', 'Kick-off session'],
      ['Date', '2026-11-30 at 09:00'],
      ['Place', 'Acme HQ'],
      ['Length', '2 h'],
      ['Prepared by', 'Dana Reyes, Northwind Strategy'],
    ]);
  });

  it('has the purpose, the goals and the agenda under their headings', async () => {
    const all = paragraphs(await documentXml(agendaSnapshot()));
    expect(all.filter((p) => p.style.startsWith('Heading'))).toEqual([
      { style: 'Heading1', text: 'Purpose of the session' },
      { style: 'Heading1', text: 'Goals' },
      { style: 'Heading2', text: 'Ultimate goal' },
      { style: 'Heading2', text: 'Immediate, realistic goals for this session' },
      { style: 'Heading1', text: 'Agenda' },
      { style: 'Heading1', text: 'Who is invited' },
    ]);
    const texts = all.map((p) => p.text);
    expect(texts).toContain('Agree on three objectives for Q1 that sales and marketing both own.');
    expect(texts).toContain('Grow new-customer revenue 20% by next year.');
    // One paragraph per line the consultant typed.
    expect(texts).toContain('Name the three objectives');
    expect(texts).toContain('Name an owner for each');
  });

  it('lays the agenda out as a real Word table with start times, minutes and owners', async () => {
    const xml = await documentXml(agendaSnapshot());
    // The agenda, then who is invited.
    expect(afterCover(xml).match(/<w:tbl>/g)).toHaveLength(2);
    expect(xml).toContain('<w:tblHeader/>');
    expect(tableRows(xml).slice(0, 4)).toEqual([
      ['Start', 'Item', 'Minutes', 'Owner'],
      ['09:00', 'Welcome &amp; purpose', '15', 'Dana'],
      ['09:15', 'Situation review', '45', 'Sam (Sales)'],
      ['10:00', 'Objectives &amp; owners', '30', 'Lee'],
    ]);
    expect(paragraphs(xml).map((p) => p.text)).toContain(
      'Planned 1 h 30 min of 2 h, ending at 10:30.',
    );
  });

  it('says plainly when the agenda runs over the session', async () => {
    const xml = await documentXml(
      agendaSnapshot({
        session: { ...agendaSnapshot().session, lengthMinutes: 60 },
      }),
    );
    expect(paragraphs(xml).map((p) => p.text)).toContain(
      'Planned 1 h 30 min of 1 h, ending at 10:30. The agenda runs 30 min over the session.',
    );
  });

  it('lists who is invited: name, title, organisation, role and e-mail', async () => {
    const xml = await documentXml(agendaSnapshot());
    expect(tableRows(xml).slice(4)).toEqual([
      ['Name', 'Title', 'Organisation', 'Role', 'E-mail'],
      ['Dana Reyes', 'Consultant', 'Northwind Strategy', 'Strategist', 'dana@northwind.example'],
      ['Sam Okafor', 'Head of sales', 'Acme Robotics', 'Sales', '—'],
    ]);
  });

  it('notes what is still empty in the working version, and leaves it out of the client’s', async () => {
    const base = agendaSnapshot();
    const empty = {
      ...base,
      session: { ...base.session, purpose: '', ultimateGoal: ' ', immediateGoals: '' },
      agenda: [],
      participants: [],
    };
    const xml = await documentXml(empty);
    const texts = paragraphs(xml).map((p) => p.text);
    expect(texts).toContain('The purpose has not been written yet.');
    expect(texts).toContain('Not stated.');
    expect(texts).toContain('No agenda items yet.');
    expect(texts).toContain('Nobody yet.');
    expect(afterCover(xml)).not.toContain('<w:tbl>');

    const client = paragraphs(afterCover(await documentXml({ ...empty, version: 'client' })));
    expect(client.map((p) => p.text).filter((text) => text !== '')).toEqual([
      'The agenda for this session is still being prepared.',
    ]);
    // What was written stays in the client version; only the empty goal goes.
    const partly = paragraphs(
      await documentXml({
        ...base,
        version: 'client',
        session: { ...base.session, ultimateGoal: '' },
      }),
    ).filter((p) => p.style.startsWith('Heading'));
    expect(partly.map((p) => p.text)).toEqual([
      'Purpose of the session',
      'Goals',
      'Immediate, realistic goals for this session',
      'Agenda',
      'Who is invited',
    ]);
  });

  it('keeps markup-like text as text and sets the document title', async () => {
    const base = agendaSnapshot();
    const packed = await packDocument(
      buildAgendaDocument(
        {
          ...base,
          agenda: [{ title: '<b>Pricing</b> & "terms"', minutes: 20, owner: 'O’Neil <CFO>' }],
        },
        plainLook(base.engagement),
      ),
    );
    const xml = readZipEntry(packed, 'word/document.xml');
    expect(tableRows(xml)[1]).toEqual([
      '09:00',
      '&lt;b&gt;Pricing&lt;/b&gt; &amp; &quot;terms&quot;',
      '20',
      'O’Neil &lt;CFO&gt;',
    ]);
    expect(readZipEntry(packed, 'docProps/core.xml')).toContain('Acme Robotics — Session agenda');
  });
});
