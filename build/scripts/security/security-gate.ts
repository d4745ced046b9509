import type { Finding, ScanReport, Severity } from './electronegativity-scan';

const rank: Record<Severity, number> = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };

/** The findings that fail the gate: medium severity or above. */
export function blockingFindings(findings: Finding[], minimum: Severity = 'MEDIUM'): Finding[] {
  return findings.filter((finding) => rank[finding.severity] >= rank[minimum]);
}

export interface SourceFile {
  path: string;
  text: string;
}

export interface Suppression {
  path: string;
  line: number;
  checks: string[];
  reason: string;
}

/**
 * Every `eng-disable` comment in the sources, with the checks it silences and the reason after a
 * colon: `// eng-disable PRELOAD_JS_CHECK: why this is safe`. Electronegativity reads the check
 * names up to the colon and ignores the rest, so the reason costs nothing and stays in the code.
 */
export function suppressionsIn(files: SourceFile[]): Suppression[] {
  return files.flatMap(({ path, text }) =>
    text.split('\n').flatMap((content, index) => {
      const match = /eng-disable[ \t]+([\w \t,]+?)[ \t]*(?::(.*?))?\s*(?:-->|\*\/)?\s*$/.exec(
        content,
      );
      if (!match) return [];
      return [
        {
          path,
          line: index + 1,
          checks: (match[1] ?? '').split(/[\s,]+/).filter(Boolean),
          reason: (match[2] ?? '').trim(),
        },
      ];
    }),
  );
}

/** A suppression must say why, in a few words at least. */
export function unexplained(suppressions: Suppression[]): Suppression[] {
  return suppressions.filter((suppression) => suppression.reason.split(/\s+/).length < 4);
}

export interface GateVerdict {
  passed: boolean;
  lines: string[];
}

/** The gate's verdict on a scan, in words for the test command's output. */
export function judge(report: ScanReport, suppressions: Suppression[]): GateVerdict {
  const blocking = blockingFindings(report.findings);
  const missingReasons = unexplained(suppressions);
  const lines = [
    `Electronegativity: ${report.checks} checks, ${report.findings.length} findings, ` +
      `${blocking.length} of medium severity or above, ${suppressions.length} suppressed in the code.`,
    ...blocking.map(
      (finding) =>
        `  ${finding.severity} ${finding.id} at ${finding.file}:${finding.line}: ` +
        `${finding.description} (${finding.sample.trim()})`,
    ),
    ...report.unreadable.map(
      (file) => `  Could not read ${file.file}, so it was not checked: ${file.message}`,
    ),
    ...missingReasons.map(
      (suppression) =>
        `  ${suppression.path}:${suppression.line} silences ${suppression.checks.join(', ')} ` +
        'without a reason: write it after a colon.',
    ),
  ];
  return {
    passed: blocking.length === 0 && report.unreadable.length === 0 && missingReasons.length === 0,
    lines,
  };
}
