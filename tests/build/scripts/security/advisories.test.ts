import { describe, expect, it } from 'vitest';
import { checkElectronMajor, readAudit } from '../../../../build/scripts/security/advisories';

const auditWith = (vulnerabilities: Record<string, unknown>) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: {} });

describe('the advisories check', () => {
  it('passes an audit of production dependencies with nothing high or critical', () => {
    const json = auditWith({
      'left-pad': {
        name: 'left-pad',
        severity: 'moderate',
        via: [{ title: 'Slow padding', url: 'https://example.test/1', severity: 'moderate' }],
      },
    });
    expect(readAudit(json)).toEqual({ checked: true, blocking: [] });
    expect(readAudit(auditWith({}))).toEqual({ checked: true, blocking: [] });
  });

  it('names every production package with a high or critical advisory, and through what', () => {
    const json = auditWith({
      zlib: {
        name: 'zlib',
        severity: 'critical',
        via: [{ title: 'Heap overflow', url: 'https://example.test/2', severity: 'critical' }],
      },
      docx: { name: 'docx', severity: 'high', via: ['zlib'] },
      other: { name: 'other', severity: 'low', via: [] },
    });
    expect(readAudit(json)).toEqual({
      checked: true,
      blocking: [
        {
          name: 'zlib',
          severity: 'critical',
          advisories: ['Heap overflow https://example.test/2'],
        },
        { name: 'docx', severity: 'high', advisories: ['through zlib'] },
      ],
    });
  });

  it('says it could not check when the registry gives no report', () => {
    const refused = JSON.stringify({
      message:
        '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    });
    expect(readAudit(refused)).toEqual({
      checked: false,
      reason:
        '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk',
    });
    expect(readAudit(JSON.stringify({ error: { code: 'ENOTFOUND', summary: '' } }))).toEqual({
      checked: false,
      reason: 'ENOTFOUND',
    });
    expect(readAudit('')).toEqual({ checked: false, reason: 'npm audit gave no report' });
  });
});

describe('the Electron major check', () => {
  it('accepts Electron within the three newest majors', () => {
    expect(checkElectronMajor('45.4.1', '45.6.1\n')).toMatchObject({ withinNewest: true });
    expect(checkElectronMajor('45.4.1', '47.0.0')).toMatchObject({ withinNewest: true });
  });

  it('refuses an Electron three majors behind the newest', () => {
    expect(checkElectronMajor('45.4.1', '48.0.0')).toEqual({
      checked: true,
      withinNewest: false,
      installed: 45,
      newest: 48,
    });
  });

  it('says it could not check without the newest version', () => {
    expect(checkElectronMajor('45.4.1', '')).toEqual({
      checked: false,
      reason: 'no latest version was given',
    });
  });
});
