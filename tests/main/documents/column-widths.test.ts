import { describe, expect, it } from 'vitest';
import {
  columnShares,
  fitColumns,
  leastCellWidth,
  textWidth,
} from '../../../main/documents/column-widths';
import { dataTable } from '../../../main/documents/document-blocks';
import { textWidthPoints } from '../../../main/documents/page-layout';
import { keepUnitsTogether } from '../../../shared/documents/unbreakable-units';
import { documentXml } from './document-xml';
import { Document } from 'docx';

const portrait = textWidthPoints('portrait');
const look = { tableHeaderFill: '1B6CA8', tableHeaderText: 'FFFFFF' };

describe('column widths', () => {
  it('measures text in the deliverables’ font: a no-break space as wide as a space', () => {
    expect(textWidth('31 December 2027')).toBeGreaterThan(80);
    expect(textWidth('31\u00A0December\u00A02027')).toBeCloseTo(textWidth('31 December 2027'), 5);
    expect(textWidth('2027\u201102')).toBeCloseTo(textWidth('2027-02'), 5);
    expect(textWidth('Due', true)).toBeGreaterThan(textWidth('Due'));
    // East Asian characters an em each, as the contents' fast layout counts them.
    expect(textWidth('佐藤')).toBeCloseTo(22, 5);
  });

  it('gives each column at least its widest unbreakable piece, and the rest by weight', () => {
    const least = [60, 200, 60];
    const shares = columnShares([50, 10, 40], least, 450);
    const widths = shares.map((share) => (share * 450) / 100);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(100, 5);
    expect(widths[1]).toBeCloseTo(200, 5);
    // The other two share the 250 points left by their weights, 50 to 40.
    expect(widths[0]).toBeCloseTo((250 * 50) / 90, 5);
    expect(widths[2]).toBeCloseTo((250 * 40) / 90, 5);
    // Weights alone when every column has room.
    expect(columnShares([25, 75], [10, 10], 400)).toEqual([25, 75]);
    // When even the least widths do not fit, each gets its least width's share.
    expect(columnShares([50, 50], [300, 100], 200)).toEqual([75, 25]);
  });

  it('widens a narrow date column to its date, and holds the date together in it', () => {
    const rows = [
      [
        'Pull the FY26 baseline of leads from expert content',
        'Mateo Fernández',
        '31 December 2027',
      ],
    ];
    const { shares, keep } = fitColumns(['Action', 'Owner', 'Due'], [70, 20, 10], rows, portrait);
    const due = ((shares[2] ?? 0) * portrait) / 100;
    expect(due).toBeGreaterThanOrEqual(leastCellWidth(keepUnitsTogether('31 December 2027')));
    expect(keep('31 December 2027')).toBe('31\u00A0December\u00A02027');
  });

  it('lets a long text wrap between the words of its date when the whole does not fit, never mid-word', () => {
    const date = '30 September 2027';
    const row = [`Median days to 60 days by ${date}`, date];
    const width = 190;
    // Both held whole would need more than the width; the date cell alone fits.
    expect(2 * leastCellWidth(keepUnitsTogether(date))).toBeGreaterThan(width);
    const { shares, keep } = fitColumns(['Objective', 'Deadline'], [70, 30], [row], width);
    // A cell that is a date and nothing else keeps it; a sentence does not.
    expect(keep(date)).toBe(keepUnitsTogether(date));
    expect(keep(row[0] as string)).toBe(row[0]);
    const widths = shares.map((share) => (share * width) / 100);
    expect(widths[1]).toBeGreaterThanOrEqual(leastCellWidth(keepUnitsTogether(date)) - 1e-9);
    expect(widths[0]).toBeGreaterThanOrEqual(leastCellWidth('September') - 1e-9);
  });

  it('writes the shares into the Word table, and the units held together in its cells', async () => {
    const table = dataTable(
      [
        { header: 'Campaign', width: 60 },
        { header: 'Dates', width: 10 },
        { header: 'Budget', width: 10 },
      ],
      [['Pilot in a day', '16 November 2026 – 2027-06-30', '800,000 EUR']],
      look,
    );
    const xml = await documentXml(new Document({ sections: [{ children: [table] }] }));
    const cellWidths = [...xml.matchAll(/<w:tcW w:type="pct" w:w="(\d+)"\/>/g)]
      .slice(0, 3)
      .map((match) => (Number(match[1]) / 5000) * portrait);
    expect(cellWidths[1]).toBeGreaterThanOrEqual(
      leastCellWidth(keepUnitsTogether('16 November 2026 – 2027-06-30')) - 0.5,
    );
    expect(xml).toContain(
      '16\u00A0November\u00A02026\u00A0– 2027</w:t><w:noBreakHyphen/><w:t xml:space="preserve">06',
    );
    expect(xml).toContain('800,000\u00A0EUR');
  });
});
