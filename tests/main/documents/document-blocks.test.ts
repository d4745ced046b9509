import { Document, type Paragraph, type Table } from 'docx';
import { describe, expect, it } from 'vitest';
import { bulletList, dataTable } from '../../../main/documents/document-blocks';
import { documentXml } from './document-xml';

const look = { tableHeaderFill: '1F5F99', tableHeaderText: 'FFFFFF' };

async function bodyXml(children: (Paragraph | Table)[]): Promise<string> {
  return documentXml(new Document({ sections: [{ children }] }));
}

/** Whether each paragraph of the XML keeps with the next. */
const keptOf = (xml: string) =>
  [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((match) => match[0].includes('<w:keepNext/>'));

describe('the blocks every deliverable is made of', () => {
  it('keeps a short list whole: every bullet but the last with the next', async () => {
    const xml = await bodyXml(bulletList(['One', 'Two\nand its second line', 'Three']));
    expect(keptOf(xml)).toEqual([true, true, true, false]);
  });

  it('keeps the last bullets of a long list together, and leaves the others free', async () => {
    const entries = Array.from({ length: 60 }, (_, index) => `Entry ${index + 1}`);
    const kept = keptOf(await bodyXml(bulletList(entries)));
    expect(kept.at(-1)).toBe(false);
    expect(kept.slice(0, 30).every((keep) => !keep)).toBe(true);
    // The last of the ones kept together go on with the final bullet: at least four of them.
    expect(kept.slice(-5, -1)).toEqual([true, true, true, true]);
  });

  it('keeps a short table whole and the last rows of a long one, each row whole', async () => {
    const columns = [
      { header: 'Action', width: 70 },
      { header: 'Owner', width: 30 },
    ];
    const short = await bodyXml([
      dataTable(
        columns,
        [
          ['a', 'b'],
          ['c', 'd'],
          ['e', 'f'],
        ],
        look,
      ),
    ]);
    expect((short.match(/<w:cantSplit\/>/g) ?? []).length).toBe(3);
    expect((short.match(/<w:keepNext\/>/g) ?? []).length).toBe(2);

    const rows = Array.from({ length: 80 }, (_, index) => [`Action ${index}`, 'Owner']);
    const long = await bodyXml([dataTable(columns, rows, look)]);
    const kept = (long.match(/<w:keepNext\/>/g) ?? []).length;
    expect(kept).toBeGreaterThanOrEqual(3);
    expect(kept).toBeLessThan(40);
    // The first row and the kept ones go whole; the kept ones are the last.
    expect((long.match(/<w:cantSplit\/>/g) ?? []).length).toBe(kept + 2);
    expect(long.lastIndexOf('<w:keepNext/>')).toBeGreaterThan(long.lastIndexOf('Action 77'));
  });
});
