import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Severity = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';

export interface Finding {
  id: string;
  severity: Severity;
  confidence: string;
  file: string;
  line: number;
  column: number;
  sample: string;
  description: string;
  manualReview: boolean;
}

export interface ScanReport {
  findings: Finding[];
  /** Files the scanner could not read: a file it cannot parse is a file it did not check. */
  unreadable: { file: string; message: string }[];
  checks: number;
}

/** What the app is made of, as the scanner should see it: no tests, tools or dependencies. */
export const appSources = ['main', 'preload', 'renderer', 'shared', 'package.json'];

/**
 * The check that looks up Electron's releases online: the Electron-major check
 * (check-advisories.ts) covers it from the npm registry instead.
 */
const onlineChecks = ['AvailableSecurityFixesGlobalCheck'];

interface RawIssue {
  id: string;
  severity: { name: Severity };
  confidence: { name: string };
  file: string;
  location: { line: number; column: number };
  sample?: string;
  description: string;
  manualReview?: boolean;
}

interface Runner {
  (
    options: Record<string, unknown>,
    forCli: boolean,
  ): Promise<{
    issues: RawIssue[];
    errors: { file: string; message: string; tolerable: boolean }[];
    globalChecks: number;
    atomicChecks: number;
  }>;
}

const scannerRequire = createRequire(
  createRequire(import.meta.url).resolve('@doyensec/electronegativity'),
);

/**
 * Loads Electronegativity with its network turned off. It fetches translations at every run (and
 * waits for them); a test command must not depend on, or reach, the network.
 */
function offlineRunner(): Runner {
  const gotPath = scannerRequire.resolve('got');
  const offline = () => Promise.reject(new Error('Electronegativity runs offline here.'));
  scannerRequire.cache[gotPath] = {
    id: gotPath,
    filename: gotPath,
    loaded: true,
    exports: Object.assign(offline, { default: offline }),
  } as unknown as NodeJS.Module;
  return scannerRequire('@doyensec/electronegativity') as Runner;
}

/** Scans a folder (or a copy of the app's sources) with Electronegativity; returns its report. */
export async function scanFolder(input: string): Promise<ScanReport> {
  const run = offlineRunner();
  // Its only words outside the report say the translations could not be fetched.
  const log = console.log;
  console.log = () => undefined;
  const result = await run(
    { input, isRelative: true, excludeFromScan: onlineChecks, output: undefined },
    false,
  ).finally(() => (console.log = log));
  return {
    checks: result.globalChecks + result.atomicChecks,
    unreadable: result.errors
      .filter((error) => !error.tolerable)
      .map(({ file, message }) => ({ file, message })),
    findings: result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file,
      line: issue.location.line,
      column: issue.location.column,
      sample: issue.sample ?? '',
      description: issue.description,
      manualReview: issue.manualReview ?? false,
    })),
  };
}

/** Scans the app's own sources under `root`, copied aside so nothing else is read. */
export async function scanAppSources(root: string): Promise<ScanReport> {
  const copy = mkdtempSync(join(tmpdir(), 'session-studio-scan-'));
  try {
    for (const source of appSources) {
      cpSync(join(root, source), join(copy, source), { recursive: true });
    }
    return await scanFolder(copy);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
