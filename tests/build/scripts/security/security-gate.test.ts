import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  scanFolder,
  type Finding,
} from '../../../../build/scripts/security/electronegativity-scan';
import {
  blockingFindings,
  judge,
  suppressionsIn,
} from '../../../../build/scripts/security/security-gate';
import { tempFolder } from '../../../main/files/temp-folder';

/** A tiny Electron app for the scanner: Electron 45, a page with a strict CSP and a main.ts. */
function appWithMain(main: string): string {
  const folder = tempFolder();
  writeFileSync(
    join(folder, 'index.html'),
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; object-src 'none'">`,
  );
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify({ name: 'fixture', main: 'main.js', devDependencies: { electron: '^45.4.1' } }),
  );
  writeFileSync(join(folder, 'main.ts'), main);
  return folder;
}

const windowFromAHelper = `
import { BrowserWindow } from 'electron';
import { buildWindowOptions } from './window-options';
export const window = new BrowserWindow(buildWindowOptions('/preload.cjs'));
`;

const windowWrittenOut = `
import { BrowserWindow } from 'electron';
export const window = new BrowserWindow({
  webPreferences: {
    preload: '/preload.cjs', // eng-disable PRELOAD_JS_CHECK: the fixture's preload exposes nothing at all
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    disableBlinkFeatures: 'Auxclick',
  },
});
window.webContents.on('will-navigate', (event) => event.preventDefault());
window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
window.webContents.session.setPermissionRequestHandler((_c, _p, callback) => callback(false));
`;

const finding = (id: string, severity: Finding['severity']): Finding => ({
  id,
  severity,
  confidence: 'FIRM',
  file: 'main.ts',
  line: 1,
  column: 0,
  sample: '',
  description: '',
  manualReview: false,
});

describe('the Electronegativity gate', () => {
  it('fails on medium severity and above, not on low or informational findings', () => {
    const findings = [
      finding('A', 'INFORMATIONAL'),
      finding('B', 'LOW'),
      finding('C', 'MEDIUM'),
      finding('D', 'HIGH'),
    ];
    expect(blockingFindings(findings).map((f) => f.id)).toEqual(['C', 'D']);
  });

  it('finds what a reviewer cannot see when a window’s options are built in a helper', async () => {
    const report = await scanFolder(appWithMain(windowFromAHelper));
    const ids = blockingFindings(report.findings).map((f) => f.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'AUXCLICK_JS_CHECK',
      ]),
    );
    const verdict = judge(report, []);
    expect(verdict.passed).toBe(false);
    expect(verdict.lines.join('\n')).toContain('HIGH CONTEXT_ISOLATION_JS_CHECK at main.ts:4');
  }, 60_000);

  it('passes a window whose security settings are written where it is created', async () => {
    const folder = appWithMain(windowWrittenOut);
    const report = await scanFolder(folder);
    expect(blockingFindings(report.findings)).toEqual([]);
    const suppressions = suppressionsIn([{ path: 'main.ts', text: windowWrittenOut }]);
    expect(judge(report, suppressions).passed).toBe(true);
  }, 60_000);

  it('fails on a file the scanner could not read, since it went unchecked', async () => {
    const report = await scanFolder(appWithMain('export const broken = (;'));
    expect(report.unreadable).toEqual([
      expect.objectContaining({ file: expect.stringContaining('main.ts') }),
    ]);
    expect(judge(report, []).passed).toBe(false);
  }, 60_000);

  it('lets a finding be silenced only in the code, with the reason', () => {
    const suppressions = suppressionsIn([
      {
        path: 'a.ts',
        text: 'x, // eng-disable PRELOAD_JS_CHECK: the preload exposes named methods only',
      },
      { path: 'b.ts', text: 'y, // eng-disable SANDBOX_JS_CHECK' },
      { path: 'c.html', text: '<!-- eng-disable CSP_HTML_CHECK:  -->' },
    ]);
    expect(suppressions.map((s) => [s.path, s.checks, s.reason])).toEqual([
      ['a.ts', ['PRELOAD_JS_CHECK'], 'the preload exposes named methods only'],
      ['b.ts', ['SANDBOX_JS_CHECK'], ''],
      ['c.html', ['CSP_HTML_CHECK'], ''],
    ]);
    const verdict = judge({ findings: [], unreadable: [], checks: 1 }, suppressions);
    expect(verdict.passed).toBe(false);
    expect(verdict.lines.slice(1)).toEqual([
      '  b.ts:1 silences SANDBOX_JS_CHECK without a reason: write it after a colon.',
      '  c.html:1 silences CSP_HTML_CHECK without a reason: write it after a colon.',
    ]);
  });
});
