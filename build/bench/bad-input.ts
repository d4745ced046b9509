import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChartDataByKind, ChartKind } from '../../shared/charts/chart-kinds';
import { budgets } from './budgets';
import { emptyEngagementCounts } from '../../tests/shared/documents/fixtures/full-engagement-records';
import { writeEngagementFile } from './bench-engagements';
import type { Measurement } from './report';

/** Data for a chart with `count` points: phases, channels or campaigns. */
function chartWith<K extends ChartKind>(kind: K, count: number): ChartDataByKind[K] {
  const names = Array.from({ length: count }, (_, index) => `Point ${index + 1}`);
  const data: { [C in ChartKind]: ChartDataByKind[C] } = {
    'tone-drift': {
      dimensions: ['Funny – Serious', 'Formal – Casual', 'Respectful – Irreverent', 'Plain'],
      brand: [4, 2, 2, 3],
      channels: names.map((name, index) => ({ name, scores: [1 + (index % 5), 3, 2, 4] })),
      min: 1,
      max: 5,
    },
    'emotion-curve': {
      phases: names,
      personas: [{ name: 'Typical customer', scores: names.map((_, index) => (index % 5) - 2) }],
    },
    'reverse-funnel': {
      phases: names.map((name, index) => ({
        name,
        baseline: null,
        cautious: 2_000 - index,
        expected: 1_500 - index,
        ambitious: 1_000 - index,
      })),
      unit: 'people',
    },
    'campaign-timeline': {
      phases: ['Awareness'],
      campaigns: names.map((name, index) => ({
        name,
        phaseIndex: 0,
        start: '2027-01-01',
        end: `2027-${String((index % 12) + 1).padStart(2, '0')}-28`,
      })),
    },
    'investment-return': {
      currency: 'EUR',
      bars: names.map((label, index) => ({
        label,
        value: 1_000 * (index + 1),
        kind: 'phase-budget' as const,
      })),
    },
  };
  return data[kind];
}

interface Outcome {
  code: number | null;
  stderr: string;
  ms: number;
}

/** Runs the built command line; stops it (and says so) when it outlasts `timeoutMs`. */
function cli(outFolder: string, args: string[], timeoutMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, [join(outFolder, 'main/cli.js'), ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, ms: performance.now() - start });
    });
  });
}

/**
 * Bad input through the command line: an engagement far past every limit, an empty one, and each
 * chart with 0, 1 and 1,000 points. Each must be written (exit 0) or refused with a sentence
 * (exit 1, one line of reason, no stack trace), and within the budget; a hang is stopped at ten
 * times the budget and counts as over it.
 */
export async function measureBadInput(outFolder: string): Promise<Measurement[]> {
  const work = mkdtempSync(join(tmpdir(), 'session-studio-bench-bad-'));
  const limit = budgets.badInputMs * 10;
  const cases: { name: string; args: string[] }[] = [];
  try {
    const huge = writeEngagementFile(work, 'huge', {
      campaigns: 2_000,
      actionItems: 5_000,
      competitors: 500,
      critiqueEntries: 1_000,
    });
    const empty = writeEngagementFile(work, 'empty', emptyEngagementCounts);
    cases.push(
      { name: 'engagement far past the limits', args: ['plan', huge, join(work, 'huge.docx')] },
      { name: 'empty engagement', args: ['plan', empty, join(work, 'empty.docx')] },
    );
    for (const kind of [
      'tone-drift',
      'emotion-curve',
      'reverse-funnel',
      'campaign-timeline',
    ] as const)
      for (const count of [0, 1, 1_000]) {
        const data = join(work, `${kind}-${count}.json`);
        writeFileSync(data, JSON.stringify(chartWith(kind, count)));
        cases.push({
          name: `${kind} chart of ${count.toLocaleString('en')} points`,
          args: ['chart', kind, data, join(work, `${kind}-${count}.png`)],
        });
      }
    const measurements: Measurement[] = [];
    for (const { name, args } of cases) {
      const outcome = await cli(outFolder, args, limit);
      const refusal = outcome.stderr.trim();
      const clear =
        outcome.code === 0 || (outcome.code === 1 && refusal !== '' && !/\n\s+at /.test(refusal));
      const verdict =
        outcome.code === 0 ? 'written' : clear ? `refused: ${refusal.split('\n')[0]}` : 'FAILED';
      console.log(`Bad input, ${name}: ${verdict} (${outcome.ms.toFixed(0)} ms)`);
      measurements.push({
        label: `Bad input: ${name}, ${outcome.code === 0 ? 'written' : 'refused'}`,
        // A crash, a stack trace or a hang is never within budget.
        value: clear ? outcome.ms : Number.NaN,
        unit: 'ms',
        budget: 'badInputMs',
      });
    }
    return measurements;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
