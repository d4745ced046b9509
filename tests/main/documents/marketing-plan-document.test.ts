import { beforeAll, describe, expect, it } from 'vitest';
import { buildMarketingPlanDocument } from '../../../main/documents/marketing-plan-document';
import type { PlanCharts } from '../../../main/documents/plan-charts';
import { packDocument } from '../../../main/documents/pack-document';
import type { MarketingPlanSnapshot } from '../../../shared/documents/marketing-plan-snapshot';
import { toMarketingPlanSnapshot } from '../../../shared/documents/to-marketing-plan-snapshot';
import { emptyBrandProfile } from '../../../shared/domain/brand';
import { planSectionIds } from '../../../shared/domain/document-choices';
import { emptyCritiqueSheet } from '../../../shared/domain/critique';
import { emptyPlan } from '../../../shared/domain/plan';
import { acmeRecords, engagementId } from '../../shared/documents/fixtures/engagement-records';
import { removal } from '../../shared/documents/fixtures/objective-removal';
import { allChartStandIns, drawnChartStandIn } from './drawn-chart-stand-ins';
import {
  afterCover,
  chapterXml,
  coverDetails,
  headings,
  italicLines,
  paragraphs,
  tables,
} from './document-xml';
import { isoDates, plainLook } from './document-look-fixture';
import { readZipEntry } from './read-zip-entry';
import { workingPhrasesIn } from './working-material';

const plan = () => toMarketingPlanSnapshot(acmeRecords(), { preparedOn: '2026-12-01', charts: [] });

async function packed(snapshot: MarketingPlanSnapshot, charts: PlanCharts = allChartStandIns()) {
  return packDocument(
    buildMarketingPlanDocument(snapshot, charts, plainLook(snapshot.engagement, isoDates)),
  );
}
async function xmlOf(snapshot: MarketingPlanSnapshot, charts?: PlanCharts) {
  return readZipEntry(await packed(snapshot, charts), 'word/document.xml');
}
const chapterTitles = (xml: string) =>
  headings(xml)
    .filter((line) => line.startsWith('1 '))
    .map((line) => line.slice(2));

const chapters = [
  'Executive summary',
  'Situation analysis',
  'Objectives',
  'Sales &amp; marketing alignment',
  'Self-critique',
  'Brand personality',
  'Customer journey',
  'Work-backwards plan',
  'Campaigns',
  'Action items',
];

/** The same engagement with nothing filled in but the journey's default phases. */
function emptyPlanSnapshot(): MarketingPlanSnapshot {
  const records = acmeRecords();
  return toMarketingPlanSnapshot(
    {
      ...records,
      salesStages: [],
      competitors: [],
      industryTrends: [],
      objectives: [],
      objectiveRevisions: [],
      personas: [],
      objections: [],
      perceptions: [],
      critiqueEntries: [],
      critiqueSheet: emptyCritiqueSheet(engagementId),
      brandProfile: emptyBrandProfile(engagementId),
      brandTraits: [],
      brandChannels: [],
      journeyPhases: records.journeyPhases.map((phase) => ({
        ...phase,
        customerGoal: '',
        emotion: null,
        kpi: '',
        conversionRate: null,
        baseline: null,
      })),
      touchPoints: [],
      plan: emptyPlan(engagementId),
      campaigns: [],
      actionItems: [],
    },
    { preparedOn: '2026-12-01', charts: [] },
  );
}

// Packing a plan lays its pages out for the contents' page numbers: seconds on a busy machine.
describe('the marketing plan document', { timeout: 30_000 }, () => {
  // Packing lays the pages out for the contents' page numbers: done once for the filled-in plan.
  let filled: Uint8Array;
  let filledXml: string;
  beforeAll(async () => {
    filled = await packed(plan());
    filledXml = readZipEntry(filled, 'word/document.xml');
  }, 60_000);

  it('opens with an executive summary written from the data', () => {
    const summary = chapterXml(filledXml, 'Executive summary');
    const texts = paragraphs(summary).map((paragraph) => paragraph.text);
    // The purpose, then each part under its heading.
    expect(texts[1]).toBe('Agree on three objectives for Q1 that sales and marketing both own.');
    expect(headings(summary)).toEqual([
      '1 Executive summary',
      '2 Refined objectives',
      '2 The goal, worked backwards',
      '2 Key campaigns',
      '2 Top action items',
    ]);
    expect(texts).toContain('Final goal: 120 new customers by 2027-12-31, counted at Conversion');
    expect(texts).toContain(
      'Total marketing investment: The campaigns cost €12,000; the expected revenue is not known yet.',
    );
    expect(tables(summary)).toEqual([
      [
        ['Objective', 'From', 'To', 'By', 'Owner'],
        ['New-customer revenue', '800,000 EUR', '1,200,000 EUR', '2027-12-31', 'Ana'],
      ],
      [
        ['Phase', 'Today', 'Needed (expected)', 'Cautious to ambitious'],
        ['Awareness', '2,000', '5,280', '13,200 to 1,650'],
        ['Consideration', '—', '528', '660 to 330'],
        ['Conversion', '—', '132', '132 to 132'],
      ],
      [
        ['Campaign', 'Dates', 'Owner', 'Budget'],
        ['Spring webinars', '2027-02-01 – 2027-03-31', 'Dana', '€12,000'],
        ['Demo days', '—', '—', '—'],
      ],
      // Still to do, overdue and soonest first.
      [
        ['Action', 'Owner', 'Due'],
        ['Call the lost deals', 'Sam Ortiz', '2024-03-01 (overdue)'],
        ['Draft the pricing page', 'Ana Ortiz', '2027-01-15'],
      ],
    ]);
  });

  it('has a cover, then a table of contents with a page number for every chapter', async () => {
    const xml = filledXml;
    const texts = paragraphs(xml).map((paragraph) => paragraph.text);
    expect(texts.slice(0, 3)).toEqual(['MARKETING PLAN', 'Acme Robotics', 'FY27 growth plan']);
    expect(coverDetails(xml)).toEqual([
      ['Date', '2026-12-01'],
      ['Industry', 'Industrial automation'],
      ['Sessions', 'Kick-off session (2026-11-30); Q2 refresh (2027-03-01)'],
      ['Prepared by', 'Dana Reyes, Northwind Strategy'],
    ]);
    expect(paragraphs(afterCover(xml))[0]?.text).toBe('Contents');
    const toc = paragraphs(xml).filter((paragraph) => /^TOC\d$/.test(paragraph.style));
    expect(
      toc.filter((entry) => entry.style === 'TOC1').map((entry) => entry.text.replace(/\d+$/, '')),
    ).toEqual(chapters);
    // Page numbers are written with the entries (LibreOffice never updates fields).
    for (const entry of toc) expect(entry.text).toMatch(/\d+$/);
  });

  it('gives one chapter to each worksheet of the method, in its order', async () => {
    expect(chapterTitles(filledXml)).toEqual(chapters);
  });

  it('lays the situation out as tables: sales process, competitors, trends', async () => {
    const all = tables(chapterXml(filledXml, 'Situation analysis'));
    expect(all[0]).toEqual([
      ['Stage', 'What happens', 'Duration', 'To next stage'],
      ['Lead', 'Inbound call', '2 weeks', '40 %'],
      ['Demo', 'On-site demoWith the plant manager', '3 weeks', '25 %'],
    ]);
    expect(all[1]?.[1]).toEqual(['RoboCorp', 'Cheapest arm', 'Price', 'Service', 'High']);
    expect(all[2]?.[1]).toEqual([
      'Labour shortage',
      '↑ Positive for the client',
      'Now',
      'Plants automate',
    ]);
  });

  it('shows each objective refined, its SMART status and how it moved there', async () => {
    const xml = filledXml;
    const texts = paragraphs(xml).map((paragraph) => paragraph.text);
    expect(texts).toContain('As first stated: “Grow sales” (Kick-off session · 2026-11-30)');
    expect(texts).toContain(
      'Refined: Increase New-customer revenue from 800,000 EUR to 1,200,000 EUR by 2027-12-31',
    );
    expect(texts).toContain('SMART check: Specific, measurable, achievable and time-bound.');
    expect(texts).toContain(
      'Q2 refresh · 2027-03-01: target 1,000,000 EUR → 1,200,000 EUR (Finance confirmed the budget).',
    );
    const summary = tables(chapterXml(xml, 'Objectives')).find(
      (table) => table[0]?.[0] === 'Objective',
    );
    // The metric alone: the baseline, target and deadline have their own columns.
    expect(summary?.[1]).toEqual([
      'New-customer revenue',
      '800,000 EUR',
      '1,200,000 EUR',
      '2027-12-31',
      'Ana',
      'SMART',
    ]);
  });

  it('tells in the objectives’ history which were removed, in which session and why, in both versions', async () => {
    const records = acmeRecords();
    const withRemoval = (version: 'working' | 'client') =>
      toMarketingPlanSnapshot(
        {
          ...records,
          objectiveRemovals: [
            removal(records.sessions[1]?.id ?? '', 1, {}, 'covered by the Nordic objective'),
          ],
        },
        {
          preparedOn: '2026-12-01',
          charts: [],
          // The chapter alone: a whole plan lays out pages for its contents, seconds a version.
          choices: { version, sections: ['objectives'] },
        },
      );
    const line =
      'Removed in Q2 refresh · 2027-03-01: Grow sales in Norway — covered by the Nordic objective.';
    for (const version of ['working', 'client'] as const) {
      const texts = paragraphs(chapterXml(await xmlOf(withRemoval(version), {}), 'Objectives')).map(
        (paragraph) => paragraph.text,
      );
      expect(texts).toContain('Removed objectives');
      expect(texts).toContain(line);
    }
    // With every objective removed, the chapter still tells what was dropped.
    const onlyRemoved = { ...withRemoval('working'), objectives: [] };
    const texts = paragraphs(chapterXml(await xmlOf(onlyRemoved, {}), 'Objectives')).map(
      (paragraph) => paragraph.text,
    );
    expect(texts).toContain(line);
    expect(texts).not.toContain('No objectives have been stated yet.');
  });

  it('puts the personas, objections with answers and perceptions in tables', async () => {
    const all = tables(filledXml);
    const byHeader = (header: string) => all.find((table) => table[0]?.[0] === header);
    expect(byHeader('Persona')?.[1]).toEqual([
      'Maya (plant manager)',
      'Plant manager',
      'Uptime',
      'Sceptical',
    ]);
    expect(byHeader('Objection')?.[1]).toEqual(['Too expensive', 'Payback in 14 months', 'Often']);
    expect(byHeader('What buyers believe')?.[1]).toEqual([
      'Robots need experts',
      'False',
      'Show the tablet UI',
    ]);
  });

  it('writes the self-critique: SWOT, the two views, the positioning and the changes', async () => {
    const xml = filledXml;
    const all = tables(xml);
    expect(all).toContainEqual([
      ['Strengths', 'Weaknesses'],
      ['• Service network', '• Slow quotes'],
    ]);
    expect(paragraphs(xml).map((paragraph) => paragraph.text)).toContain(
      'For mid-size plants who need to automate without experts, Acme Robotics is the cobot supplier that pays back within two years. Unlike RoboCorp, Acme Robotics services every arm it sells.',
    );
    expect(paragraphs(xml).map((paragraph) => paragraph.text)).toContain('Quote within 48 hours');
  });

  it('compares each channel’s tone with the brand’s and embeds the drift chart with its alt text', async () => {
    const xml = filledXml;
    const tone = tables(xml).find((table) => table[0]?.[0] === 'Voice');
    expect(tone?.slice(1)).toEqual([
      [
        'The brand',
        '4 – rather serious',
        '2 – rather formal',
        '2 – rather respectful',
        '3 – in between',
        '—',
      ],
      [
        'Email',
        '4 – rather serious',
        '1 – very formal',
        '2 – rather respectful',
        '3 – in between',
        '94 %',
      ],
      ['Social media', '—', '—', '—', '—', 'Not comparable yet'],
    ]);
    expect(xml).toContain('descr="Tone-of-voice drift summary, said in words."');
  });

  it('embeds every chart as an image, with its summary as alt text and caption', async () => {
    const bytes = filled;
    const xml = readZipEntry(bytes, 'word/document.xml');
    for (const name of [
      'Tone-of-voice drift',
      'Emotion curve',
      'Work-backwards funnel',
      'Campaign timeline',
      'Budget and expected revenue',
    ]) {
      expect(xml).toContain(`descr="${name} summary, said in words."`);
      expect(italicLines(xml)).toContain(`${name} summary, said in words.`);
    }
    expect(xml.match(/<pic:pic\b/g)).toHaveLength(5);
    // The SVG travels with its PNG fallback, which LibreOffice shows.
    expect(readZipEntry(bytes, '[Content_Types].xml')).toMatch(/image\/svg\+xml/);
  });

  it('places each part of a long campaign timeline on a page of its own, with its caption', async () => {
    const timeline = [1, 2, 3].map((index) =>
      drawnChartStandIn(`Campaign timeline (${index} of 3)`, 960, 480),
    );
    const xml = await xmlOf(plan(), { ...allChartStandIns(), 'campaign-timeline': timeline });
    const campaigns = chapterXml(xml, 'Campaigns');
    const pictures = [...campaigns.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<pic:pic\b.*?<\/w:p>/gs)];
    const parts = pictures
      .map((match) => match[0])
      .filter((paragraph) => paragraph.includes('descr="Campaign timeline ('));
    expect(parts).toHaveLength(3);
    parts.forEach((paragraph, index) => {
      expect(paragraph).toContain(`descr="Campaign timeline (${index + 1} of 3) summary`);
      // The first follows its heading; the others each start a page.
      expect(paragraph.includes('<w:pageBreakBefore/>')).toBe(index > 0);
    });
    for (const index of [1, 2, 3])
      expect(italicLines(campaigns)).toContain(
        `Campaign timeline (${index} of 3) summary, said in words.`,
      );
    expect(headings(campaigns).filter((line) => line.endsWith('Campaign timeline'))).toHaveLength(
      1,
    );
  });

  it('works the plan backwards in the document as the worksheet does', async () => {
    const xml = filledXml;
    const texts = paragraphs(xml).map((paragraph) => paragraph.text);
    expect(texts).toContain('Final goal: 120 new customers by 2027-12-31, counted at Conversion');
    expect(texts).toContain('Safety buffer: 10 %: the plan aims for 132 new customers');
    const volumes = tables(chapterXml(xml, 'Work-backwards plan')).find(
      (table) => table[0]?.[1] === 'Today',
    );
    expect(volumes?.slice(1)).toEqual([
      ['Awareness', '2,000', '13,200 (far above today)', '5,280', '1,650'],
      ['Consideration', '—', '660', '528', '330'],
      ['Conversion', '—', '132', '132', '132'],
    ]);
    expect(texts).toContain(
      'Unrealistic: Awareness needs 13,200 in the cautious scenario, 6.6× today’s 2,000: far above what it sees now.',
    );
  });

  it('lists campaigns and action items in tables', async () => {
    const all = tables(filledXml);
    const campaigns = all.find(
      (table) => table[0]?.[0] === 'Campaign' && table[0]?.[1] === 'Phase',
    );
    expect(campaigns?.[1]).toEqual([
      'Spring webinars',
      'Awareness',
      '5,280 prospects reach the webinar page',
      'Landing-page visits: 5,280',
      'LinkedIn, email',
      '2027-02-01 – 2027-03-31',
      '12,000',
      'Dana',
      'Running',
    ]);
    const actions = tables(chapterXml(filledXml, 'Action items')).find(
      (table) => table[0]?.[0] === 'Action',
    );
    expect(actions?.slice(1)).toEqual([
      [
        'Draft the pricing page',
        'Ana Ortiz',
        '2027-01-15',
        'Open',
        'Kick-off session',
        'Grow sales',
      ],
      [
        'Call the lost deals',
        'Sam Ortiz',
        '2024-03-01 (overdue)',
        'In progress',
        'Q2 refresh',
        '—',
      ],
    ]);
  });

  it('turns wide chapters to landscape pages', async () => {
    const xml = filledXml;
    const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((section) =>
      /w:orient="landscape"/.test(section[0]) ? 'landscape' : 'portrait',
    );
    expect(sections).toEqual([
      'portrait', // title page
      'portrait', // contents
      'portrait', // executive summary
      'landscape', // situation
      'portrait', // objectives
      'portrait', // alignment
      'portrait', // self-critique
      'landscape', // brand
      'landscape', // journey
      'portrait', // work backwards
      'landscape', // campaigns
      'landscape', // action items: six columns, a date and where each came from
    ]);
  });

  it('says in one line that there is nothing to summarise yet when nothing is filled in', async () => {
    const empty = emptyPlanSnapshot();
    const xml = await xmlOf(
      { ...empty, sessions: empty.sessions.map((session) => ({ ...session, purpose: '' })) },
      {},
    );
    const summary = chapterXml(xml, 'Executive summary');
    expect(paragraphs(summary).map((paragraph) => paragraph.text)).toEqual([
      'Executive summary',
      'Nothing to summarise yet: the summary is written from the worksheets as they are filled in.',
    ]);
    expect(summary).not.toContain('<w:tbl>');
  });

  it('says an empty worksheet is empty in one italic line, with no empty tables', async () => {
    const xml = await xmlOf(emptyPlanSnapshot(), {});
    expect(chapterTitles(xml)).toEqual(chapters);
    expect(headings(xml).filter((line) => line.startsWith('2 '))).toEqual([]);
    expect(italicLines(xml)).toEqual([
      'The situation analysis has not been filled in yet.',
      'No objectives have been stated yet.',
      'Sales &amp; marketing alignment has not been filled in yet.',
      'The self-critique has not been filled in yet.',
      'The brand personality has not been described yet.',
      'The customer journey has not been mapped yet beyond its phases: Awareness, Consideration, Conversion.',
      'The work-backwards plan has not been set up yet: it needs a final goal and the rates between the journey’s phases.',
      'No campaigns planned yet.',
      'No action items have been raised yet.',
    ]);
    expect(afterCover(xml)).not.toContain('<w:tbl>');
  });

  it('says in words why a chart is missing when there is nothing to draw', async () => {
    const xml = await xmlOf(plan(), {});
    expect(italicLines(xml)).toEqual(
      expect.arrayContaining([
        'The chart appears once the brand has channels.',
        'No emotion scores yet, so there is no emotion curve.',
        'Set a goal to draw the funnel.',
        'No campaign has both a start and an end date yet, so there is no timeline.',
      ]),
    );
    expect(xml).not.toContain('<pic:pic');
  });

  describe('the client version', () => {
    const client = (snapshot: MarketingPlanSnapshot): MarketingPlanSnapshot => ({
      ...snapshot,
      choices: { version: 'client', sections: [...planSectionIds] },
    });
    const textOf = (xml: string) =>
      paragraphs(afterCover(xml))
        .map((paragraph) => paragraph.text)
        .join('\n');

    it('leaves out the placeholders, the SMART check and what is still to set', async () => {
      // Without charts, the working version explains each missing one and lists its to-dos.
      const working = textOf(await xmlOf(plan(), {}));
      expect(workingPhrasesIn(working)).toEqual(
        expect.arrayContaining([' yet', 'SMART', 'What to check', 'No date', 'draw the funnel']),
      );
      const xml = await xmlOf(client(plan()), {});
      expect(workingPhrasesIn(textOf(xml))).toEqual([]);
      // What the client needs stays: the objectives, their history, the plan worked backwards.
      expect(chapterTitles(xml)).toEqual(chapters);
      expect(tables(chapterXml(xml, 'Objectives'))[0]?.[0]).toEqual([
        'Objective',
        'Baseline',
        'Target',
        'Deadline',
        'Owner',
      ]);
      expect(textOf(xml)).toContain('How it moved');
      // The label that opens the history never ends a page on its own.
      const label = [...chapterXml(xml, 'Objectives').matchAll(/<w:p>[\s\S]*?<\/w:p>/g)]
        .map((paragraph) => paragraph[0])
        .filter((paragraph) => paragraph.includes('How it moved'));
      expect(label.length).toBeGreaterThan(0);
      for (const paragraph of label) expect(paragraph).toContain('<w:keepNext/>');
    });

    it('spreads the objectives table over the whole text width without its SMART column', async () => {
      // The contents' page estimate lays out a table whose grid is the text area; one narrower
      // by the dropped column would be left to the slower guess, which put pages out.
      const gridOf = (xml: string) => {
        const table = chapterXml(xml, 'Objectives');
        const grid = /<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(table)?.[1] ?? '';
        return [...grid.matchAll(/w:w="(\d+)"/g)].map((width) => Number(width[1]));
      };
      const sum = (widths: number[]) => widths.reduce((total, width) => total + width, 0);
      const working = gridOf(await xmlOf(plan(), {}));
      const forClient = gridOf(await xmlOf(client(plan()), {}));
      expect(working).toHaveLength(6);
      expect(forClient).toHaveLength(5);
      expect(Math.abs(sum(forClient) - sum(working))).toBeLessThanOrEqual(forClient.length);
    });

    it('leaves out every empty section of an engagement with nothing filled in', async () => {
      const empty = emptyPlanSnapshot();
      const nothing = {
        ...empty,
        sessions: empty.sessions.map((session) => ({ ...session, purpose: '' })),
      };
      const xml = await xmlOf(client(nothing), {});
      expect(chapterTitles(xml)).toEqual([]);
      expect(textOf(xml)).toBe(
        'The sections chosen for this plan have nothing in them to show the client.',
      );
      expect(workingPhrasesIn(textOf(await xmlOf(nothing, {})))).not.toEqual([]);
    });

    it('holds only the sections ticked, in the plan’s order', async () => {
      const xml = await xmlOf(
        { ...plan(), choices: { version: 'working', sections: ['campaigns', 'objectives'] } },
        {},
      );
      expect(chapterTitles(xml)).toEqual(['Objectives', 'Campaigns']);
    });
  });
});
