import { describe, expect, it } from 'vitest';
import { buildAgendaDocument } from '../../../main/documents/agenda-document';
import { buildDocumentBytes } from '../../../main/documents/document-job';
import { documentLook, lookOf } from '../../../main/documents/document-look';
import { packDocument } from '../../../main/documents/pack-document';
import { checkLogoBytes } from '../../../shared/branding/logo';
import { defaultDeliverableBranding } from '../../../shared/documents/deliverable-branding';
import { defaultAppSettings, type AppSettings } from '../../../shared/settings/app-settings';
import { northStarSvg, tealBadgeLogo, utf8 } from '../../shared/branding/logo-fixtures';
import { agendaSnapshot } from '../agenda-snapshot-fixture';
import { paragraphs } from './document-xml';
import { readZipEntry } from './read-zip-entry';

const firmLogo = () => {
  const checked = checkLogoBytes(utf8(northStarSvg), 'north-star.svg');
  if (!checked.ok) throw new Error(checked.problem);
  return checked.logo;
};

const settings: AppSettings = {
  firmName: 'North Star Consulting',
  consultantName: 'Priya Shah',
  dateStyle: 'month-day-year',
  firmLogo: null,
};

const engagement = agendaSnapshot().engagement;

describe('the look of a deliverable', () => {
  it('names the engagement’s own consultant and firm first, else the settings’ ones', () => {
    const own = lookOf(engagement, defaultDeliverableBranding, settings);
    expect([own.consultant, own.firm]).toEqual(['Dana Reyes', 'Northwind Strategy']);
    const fromSettings = lookOf(
      { ...engagement, consultantName: ' ', firmName: '' },
      defaultDeliverableBranding,
      settings,
    );
    expect([fromSettings.consultant, fromSettings.firm]).toEqual([
      'Priya Shah',
      'North Star Consulting',
    ]);
  });

  it('writes dates in the chosen style and takes the accent for headings and table headers', () => {
    const look = lookOf(engagement, { accentColour: '#FFD166', clientLogo: null }, settings);
    expect(look.date('2027-01-14')).toBe('January 14, 2027');
    expect(look.tableHeaderFill).toBe('FFD166');
    expect(look.tableHeaderText).toBe('000000');
    // Pale yellow would not read as heading text on white: the same hue, darker.
    expect(look.headingColour).not.toBe('FFD166');
  });

  it('draws an SVG logo with a print-quality PNG beside it, and keeps a PNG as it is', async () => {
    const look = await documentLook(
      engagement,
      { accentColour: '#0B7A75', clientLogo: tealBadgeLogo() },
      { ...settings, firmLogo: firmLogo() },
    );
    expect(look.clientLogo).toMatchObject({ type: 'png', width: 96, height: 32 });
    expect(look.firmLogo).toMatchObject({ type: 'svg', width: 120, height: 40 });
    if (look.firmLogo?.type !== 'svg') throw new Error('not an SVG');
    const png = Buffer.from(look.firmLogo.fallback);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // Four pixels per point of its size: well past print resolution at the size it is placed.
    expect(png.readUInt32BE(16)).toBe(480);
  });
});

describe('every deliverable’s frame', () => {
  it('puts both logos on the cover, with alt text naming whose they are', async () => {
    const bytes = await buildDocumentBytes({
      kind: 'agenda',
      snapshot: {
        ...agendaSnapshot(),
        branding: { accentColour: '#0B7A75', clientLogo: tealBadgeLogo() },
      },
      settings: { ...settings, firmLogo: firmLogo() },
    });
    const xml = readZipEntry(Buffer.from(bytes), 'word/document.xml');
    expect([...xml.matchAll(/<wp:docPr [^>]*title="([^"]+)"/g)].map((match) => match[1])).toEqual([
      'Acme Robotics logo',
      'Northwind Strategy logo',
    ]);
    expect(readZipEntry(Buffer.from(bytes), 'docProps/app.xml')).toContain(
      '<Company>Northwind Strategy</Company>',
    );
  });

  it('has no logo table when there are no logos, and a header and footer in every section', async () => {
    const look = lookOf(engagement, defaultDeliverableBranding, defaultAppSettings);
    const packed = Buffer.from(await packDocument(buildAgendaDocument(agendaSnapshot(), look)));
    const xml = readZipEntry(packed, 'word/document.xml');
    expect(xml).not.toContain('<wp:docPr');
    expect(xml.match(/<w:headerReference /g)).toHaveLength(2);
    expect(xml.match(/<w:footerReference /g)).toHaveLength(2);
    expect(paragraphs(readZipEntry(packed, 'word/header1.xml'))[0]?.text).toBe(
      'Confidential — prepared for Acme Robotics',
    );
    expect(readZipEntry(packed, 'word/footer1.xml')).toMatch(/PAGE[\s\S]*NUMPAGES/);
  });

  it('writes the properties: the consultant as author and last editor, the firm as company', async () => {
    const look = lookOf(engagement, defaultDeliverableBranding, settings);
    const packed = Buffer.from(
      await packDocument(buildAgendaDocument(agendaSnapshot(), look), { company: look.firm }),
    );
    const core = readZipEntry(packed, 'docProps/core.xml');
    expect(core).toContain('<dc:creator>Dana Reyes</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Dana Reyes</cp:lastModifiedBy>');
    expect(core).toContain('<dc:title>Acme Robotics — Session agenda</dc:title>');
    expect(core).toContain('<cp:keywords>Session agenda, Acme Robotics');
    expect(readZipEntry(packed, 'docProps/app.xml')).toContain(
      '<Company>Northwind Strategy</Company>',
    );
  });

  it('keeps a firm name with markup or control characters a valid part', async () => {
    const packed = Buffer.from(
      await packDocument(
        buildAgendaDocument(
          agendaSnapshot(),
          lookOf(engagement, defaultDeliverableBranding, defaultAppSettings),
        ),
        { company: 'R&D <Partners> \u0001Ltd' },
      ),
    );
    expect(readZipEntry(packed, 'docProps/app.xml')).toContain(
      '<Company>R&#38;D &#60;Partners&#62; Ltd</Company>',
    );
  });
});
