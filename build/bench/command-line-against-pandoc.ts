import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleEngagement } from './bench-engagements';
import { planAsMarkdown } from './plan-as-markdown';
import { benchRuns, median, type Measurement } from './report';
import { runTimed, type ProcessRun } from './timed-process';

/**
 * The marketing plan of the sample engagement made by the command line, whole process, beside
 * pandoc turning the same content (the plan's text and tables as Markdown, with the same chart
 * images, however many the plan holds) into a .docx: each once to warm the disk cache, then alternately, so both see
 * the same load; the medians and their ratio.
 */
export async function measureCommandLineAgainstPandoc(outFolder: string): Promise<Measurement[]> {
  const work = mkdtempSync(join(tmpdir(), 'session-studio-bench-cli-'));
  try {
    const sample = sampleEngagement(work);
    const cli = join(outFolder, 'main/cli.js');
    const plan = join(work, 'plan.docx');
    const runCli = () => runTimed(process.execPath, [cli, 'plan', sample.filePath, plan]);
    await runCli();

    const markdownFolder = join(work, 'markdown');
    mkdirSync(markdownFolder);
    const { markdown, images } = planAsMarkdown(readFileSync(plan));
    writeFileSync(join(markdownFolder, 'plan.md'), markdown);
    for (const [name, bytes] of images) writeFileSync(join(markdownFolder, name), bytes);
    const runPandoc = () =>
      runTimed('pandoc', ['plan.md', '--toc', '-o', join(work, 'pandoc.docx')], {
        cwd: markdownFolder,
      });
    await runPandoc();

    const ours: ProcessRun[] = [];
    const theirs: ProcessRun[] = [];
    for (let run = 0; run < benchRuns(); run += 1) {
      ours.push(await runCli());
      theirs.push(await runPandoc());
    }
    const cliMs = median(ours.map((run) => run.wallMs));
    const pandocMs = median(theirs.map((run) => run.wallMs));
    console.log(`Command line against pandoc: ${sample.name}, ${images.size} chart images.`);
    return [
      { label: 'Command line: marketing plan, whole process', value: cliMs, unit: 'ms' },
      { label: 'pandoc: the same content as Markdown', value: pandocMs, unit: 'ms' },
      {
        label: 'Command line ÷ pandoc',
        value: cliMs / pandocMs,
        unit: '×',
        budget: 'commandLineToPandoc',
      },
      {
        label: 'Command line ÷ pandoc, CPU time (user and system)',
        value: median(ours.map((run) => run.cpuMs)) / median(theirs.map((run) => run.cpuMs)),
        unit: '×',
      },
      {
        label: 'Command line: peak memory',
        value: Math.max(...ours.map((run) => run.peakMb)),
        unit: 'MB',
        budget: 'commandLinePeakMb',
      },
      {
        label: 'pandoc: peak memory',
        value: Math.max(...theirs.map((run) => run.peakMb)),
        unit: 'MB',
      },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
