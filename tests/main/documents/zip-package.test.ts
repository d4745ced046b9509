import { Document, Packer, Paragraph } from 'docx';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildMarketingPlanDocument } from '../../../main/documents/marketing-plan-document';
import { packDocument } from '../../../main/documents/pack-document';
import { zipPackage } from '../../../main/documents/zip-package';
import { toMarketingPlanSnapshot } from '../../../shared/documents/to-marketing-plan-snapshot';
import { acmeRecords } from '../../shared/documents/fixtures/engagement-records';
import { allChartStandIns } from './drawn-chart-stand-ins';
import { plainLook } from './document-look-fixture';
import { readZipEntryBytes, zipEntries } from './read-zip-entry';

/** A part's XML with its numbers left out: docx numbers bookmarks and drawings per process. */
const xmlOf = (zip: Uint8Array, name: string) =>
  readZipEntryBytes(zip, name).toString('utf8').replace(/\d+/g, '#');

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

describe('a Word document zipped by Node’s zlib', () => {
  it('keeps every part, in order, with its bytes and CRC; XML deflated, images stored', async () => {
    const parts = new Map<string, string | Uint8Array>([
      ['[Content_Types].xml', '<Types/>'],
      ['word/document.xml', `<w:document>${'<w:p>Plan é 計画</w:p>'.repeat(500)}</w:document>`],
      ['word/media/chart-1.png', png],
    ]);
    const zip = await zipPackage(parts);
    const entries = zipEntries(zip);
    expect(entries.map((entry) => entry.name)).toEqual([...parts.keys()]);
    expect(entries.map((entry) => entry.method)).toEqual([8, 8, 0]);
    for (const [index, [name, part]] of [...parts].entries()) {
      const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part);
      expect(readZipEntryBytes(zip, name)).toEqual(bytes);
      expect(entries[index]?.crc).toBe(crc32(bytes));
    }
    expect(zip.length).toBeLessThan(2_000);
  });

  it('holds the same parts as docx’s own packer, with the same contents', async () => {
    const make = () => {
      const snapshot = toMarketingPlanSnapshot(acmeRecords(), {
        preparedOn: '2026-12-01',
        charts: [],
      });
      return buildMarketingPlanDocument(
        snapshot,
        allChartStandIns(),
        plainLook(snapshot.engagement),
      );
    };
    const ours = await packDocument(make());
    const docx = new Uint8Array(await Packer.toBuffer(make()));
    const names = zipEntries(docx).map((entry) => entry.name);
    expect(zipEntries(ours).map((entry) => entry.name)).toEqual(names);
    expect(names.some((name) => name.startsWith('word/media/'))).toBe(true);
    for (const name of names)
      // The app's properties carry the firm as company, which docx's packer leaves out.
      if (name === 'docProps/app.xml') continue;
      else if (name.endsWith('.xml'))
        expect(xmlOf(ours, name) === xmlOf(docx, name), name).toBe(true);
      else expect(readZipEntryBytes(ours, name), name).toEqual(readZipEntryBytes(docx, name));
  });

  it('packs a document with no images', async () => {
    const zip = await packDocument(
      new Document({ sections: [{ children: [new Paragraph('Hello')] }] }),
    );
    expect(readZipEntryBytes(zip, 'word/document.xml').toString('utf8')).toContain('Hello');
  });
});
