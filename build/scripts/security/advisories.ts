/** One vulnerable package as `npm audit --json` (report version 2) lists it. */
interface AuditEntry {
  name: string;
  severity: string;
  via: (string | { title?: string; url?: string; severity?: string })[];
}

export type AuditVerdict =
  | { checked: true; blocking: { name: string; severity: string; advisories: string[] }[] }
  | { checked: false; reason: string };

const blockingSeverities = new Set(['high', 'critical']);

/** Reads `npm audit --omit=dev --json`: the production packages with a high or critical advisory. */
export function readAudit(json: string): AuditVerdict {
  let report: unknown;
  try {
    report = JSON.parse(json);
  } catch {
    return { checked: false, reason: 'npm audit gave no report' };
  }
  const { vulnerabilities, message, error } = (report ?? {}) as {
    vulnerabilities?: Record<string, AuditEntry>;
    message?: string;
    error?: { summary?: string; code?: string };
  };
  if (!vulnerabilities) {
    const reason = message || error?.summary || error?.code || 'npm audit gave no report';
    return { checked: false, reason: reason.split('\n')[0] ?? reason };
  }
  const blocking = Object.values(vulnerabilities)
    .filter((entry) => blockingSeverities.has(entry.severity))
    .map((entry) => ({
      name: entry.name,
      severity: entry.severity,
      advisories: entry.via.map((via) =>
        typeof via === 'string'
          ? `through ${via}`
          : `${via.title ?? 'advisory'} ${via.url ?? ''}`.trim(),
      ),
    }));
  return { checked: true, blocking };
}

export type MajorVerdict =
  | { checked: true; withinNewest: boolean; installed: number; newest: number }
  | { checked: false; reason: string };

/**
 * Electron supports its three newest majors; an app on an older one gets no security fixes. Reads
 * the installed version and the registry's latest (`npm view electron dist-tags.latest`).
 */
export function checkElectronMajor(installed: string, latest: string, supported = 3): MajorVerdict {
  const majorOf = (version: string) => Number.parseInt(version.trim().replace(/^v/, ''), 10);
  const installedMajor = majorOf(installed);
  const newestMajor = majorOf(latest);
  if (!Number.isFinite(newestMajor))
    return { checked: false, reason: 'no latest version was given' };
  return {
    checked: true,
    withinNewest: newestMajor - installedMajor < supported,
    installed: installedMajor,
    newest: newestMajor,
  };
}
