import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Measurement } from './report';

export interface PlanExportFigures {
  payloadKb: number;
  parseMs: number;
  firstChartsMs: number;
  chartsMs: number;
  buildAndPackMs: number;
  documentKb: number;
  workerExportMs: number;
  mainThreadStallMs: number;
}

const projectRoot = join(import.meta.dirname, '../..');

/**
 * The probe runs in a Node process of its own: drawing charts installs DOM globals for the life
 * of the process, which the benchmark's browser driver should not share, and the chart
 * components need the charts' own compiler settings (the JSX runtime).
 */
function runProbe(): Promise<PlanExportFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'plan-export-probe.ts')],
      {
        cwd: projectRoot,
        env: {
          ...process.env,
          TSX_TSCONFIG_PATH: join(projectRoot, 'shared/charts/tsconfig.json'),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`The plan export probe failed (${code}): ${stderr}`));
      else resolve(JSON.parse(stdout) as PlanExportFigures);
    });
  });
}

/** Exporting the marketing plan of a long, busy engagement: payload, charts, build and pack. */
export async function measureMarketingPlanExport(): Promise<Measurement[]> {
  const figures = await runProbe();
  return [
    {
      label: 'Plan export: snapshot sent to main',
      value: figures.payloadKb,
      unit: 'KB',
      budget: 'planPayloadKb',
    },
    { label: 'Plan export: snapshot parsed in main', value: figures.parseMs, unit: 'ms' },
    {
      label: 'Plan export: four charts, first export',
      value: figures.firstChartsMs,
      unit: 'ms',
      budget: 'planFirstChartsMs',
    },
    {
      label: 'Plan export: four charts, warm',
      value: figures.chartsMs,
      unit: 'ms',
      budget: 'planChartsMs',
    },
    {
      label: 'Plan export: document built and packed',
      value: figures.buildAndPackMs,
      unit: 'ms',
      budget: 'planBuildAndPackMs',
    },
    { label: 'Plan export: Word file', value: figures.documentKb, unit: 'KB' },
    {
      label: 'Plan export on the document worker, cold',
      value: figures.workerExportMs,
      unit: 'ms',
    },
    {
      label: 'Plan export: longest hold of main’s thread meanwhile',
      value: figures.mainThreadStallMs,
      unit: 'ms',
      budget: 'planMainThreadStallMs',
    },
  ];
}
