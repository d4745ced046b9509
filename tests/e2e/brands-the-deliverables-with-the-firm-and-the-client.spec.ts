import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  brandClientDeliverables,
  expectNoFieldError,
  exportAllThree,
  fileOnDisk,
  setUpFirm,
} from './harness/branding-actions';
import { engagementFileVersion } from '../../shared/engagement-file/format';
import { createEngagement, expectAllSaved, goHome } from './harness/consultant-actions';
import { engagementFilePath, exportEngagementFile } from './harness/engagement-file-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { openWorksheet, reopenEngagement } from './harness/worksheet-navigation';
import {
  convertToPdf,
  pdfPages,
  readWordDocument,
  readWordFrame,
  readWordImages,
} from './harness/word-readers';
import { northStarSvg, tealBadgePng } from '../shared/branding/logo-fixtures';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const engagement = { clientName: 'Acme Robotics', title: 'FY27 growth plan' };

test('sets up the firm once and brands a client’s deliverables, refusing logos and colours that are not', async () => {
  // Three deliverables, each read back by python-docx and converted by LibreOffice.
  test.setTimeout(180_000);
  const profile = newProfileDir();
  app = await launchApp(profile);
  await setUpFirm(app, {
    firmName: 'North Star Consulting',
    consultantName: 'Dana Reyes',
    dateStyle: '14 January 2027',
    logoPath: fileOnDisk('north-star.svg', northStarSvg),
  });
  await createEngagement(app.page, engagement);
  const { page } = app;

  // An SVG with a script and a picture that is not an image are refused, each in one sentence.
  await openWorksheet(page, 'Engagement details');
  for (const [name, content, message] of [
    [
      'trap.svg',
      '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><script>alert(1)</script></svg>',
      'trap.svg holds a script (<script); a logo must be a picture only.',
    ],
    ['logo.png', 'Quarterly figures', 'logo.png is not a PNG, JPEG or SVG image.'],
  ] as const) {
    app.answerOpenDialog(fileOnDisk(name, content));
    await page.getByRole('button', { name: 'Choose a logo…' }).click();
    await expect(page.getByRole('alert')).toHaveText(`${message}×`);
    await page.getByRole('button', { name: 'Dismiss' }).click();
  }
  await expect(page.getByText('No logo yet')).toBeVisible();

  // An accent colour that is not a colour is refused beside the field; the stored one stays.
  await page.getByLabel('Accent colour', { exact: true }).fill('teal');
  await page.getByLabel('Accent colour', { exact: true }).blur();
  await expect(page.getByText('“teal” is not a colour: write it like #1F3A5F')).toBeVisible();

  await brandClientDeliverables(app, {
    logoPath: fileOnDisk('acme-badge.png', tealBadgePng()),
    accentColour: '#0b7a75',
  });
  await expectNoFieldError(page, 'Accent colour');
  await expect(page.getByLabel('Accent colour', { exact: true })).toHaveValue('#0B7A75');
  // Left empty, the engagement's consultant and firm come from Settings.
  await expect(page.getByLabel('Consultant')).toHaveAttribute(
    'placeholder',
    'Dana Reyes (from Settings)',
  );
  await expectAllSaved(page);

  // After a relaunch, all of it is still there.
  await app.close();
  app = await launchApp(profile);
  await reopenEngagement(app.page, engagement.clientName, engagement.title);
  await openWorksheet(app.page, 'Engagement details');
  await expect(app.page.getByRole('img', { name: 'Client logo: acme-badge.png' })).toBeVisible();
  await expect(app.page.getByLabel('Accent colour', { exact: true })).toHaveValue('#0B7A75');
  await goHome(app.page);
  await app.page.getByRole('button', { name: 'Settings' }).click();
  await expect(app.page.getByLabel('Firm name')).toHaveValue('North Star Consulting');
  await expect(app.page.getByLabel('Dates in documents').locator('option:checked')).toHaveText(
    '14 January 2027',
  );
  await expect(app.page.getByRole('img', { name: 'Firm logo: north-star.svg' })).toBeVisible();

  // The client's branding travels with the engagement; the firm's settings stay on this laptop.
  await app.page.getByRole('button', { name: '← Engagements' }).click();
  await reopenEngagement(app.page, engagement.clientName, engagement.title);
  const filePath = engagementFilePath();
  await exportEngagementFile(app, filePath);
  const file = JSON.parse(readFileSync(filePath, 'utf8'));
  expect(file.version).toBe(engagementFileVersion);
  expect(file.tables.engagementBrandings).toEqual([
    expect.objectContaining({
      accentColour: '#0B7A75',
      clientLogo: expect.objectContaining({ fileName: 'acme-badge.png', width: 96, height: 32 }),
    }),
  ]);
  expect(JSON.stringify(file)).not.toContain('North Star');

  // Every deliverable carries both: a cover with both logos, the confidentiality line on every
  // page, page X of Y, the properties with the firm as company, the accent colour.
  const documents = await exportAllThree(app, mkdtempSync(join(tmpdir(), 'session-studio-out-')));
  for (const [kind, path] of [
    ['Session agenda', documents.agenda],
    ['Session summary', documents.summary],
    ['Marketing plan', documents.plan],
  ] as const) {
    const frame = await readWordFrame(path);
    expect(new Set(frame.headers), kind).toEqual(
      new Set(['Confidential — prepared for Acme Robotics']),
    );
    // The numbers are fields (PAGE, NUMPAGES); the total may be written with its estimated value.
    for (const footer of frame.footers) expect(footer.trim(), kind).toMatch(/^Page\s+of( \d+)?$/);
    for (const fields of frame.footerFields) expect(fields, kind).toEqual(['PAGE', 'NUMPAGES']);
    expect(frame.properties, kind).toMatchObject({
      title: `Acme Robotics — ${kind}`,
      author: 'Dana Reyes',
      lastModifiedBy: 'Dana Reyes',
      company: 'North Star Consulting',
    });
    expect(frame.properties.keywords, kind).toContain(kind);
    expect(frame.headingColours, kind).toMatchObject({ Heading1: '0B7A75', Title: '0B7A75' });
    // Every data table's header is in the accent (the cover's layout tables have no header).
    expect(
      frame.tableHeaderFills.every((fill) => fill === '0B7A75'),
      kind,
    ).toBe(true);
    const images = await readWordImages(path);
    expect(
      images.slice(0, 2).map((image) => image.title),
      kind,
    ).toEqual(['Acme Robotics logo', 'North Star Consulting logo']);
    const content = await readWordDocument(path);
    expect(content.paragraphs[0]?.text, kind).toBe(kind.toUpperCase());
    expect(content.coverDetails).toContainEqual([
      'Prepared by',
      'Dana Reyes, North Star Consulting',
    ]);
    // LibreOffice lays it out: the line and the page numbers are on every page.
    const pages = await pdfPages(await convertToPdf(path));
    pages.forEach((page, index) => {
      expect(page, `${kind}, page ${index + 1}`).toContain(
        'Confidential — prepared for Acme Robotics',
      );
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
    });
  }
});
