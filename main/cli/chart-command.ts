import { basename } from 'node:path';
import { ChartDataError, parseChartData } from '../../shared/charts/chart-data-schemas';
import { chartNames } from '../../shared/charts/chart-kinds';
import { renderChartSvg } from '../charts/render-chart';
import { rasterizeSvg } from '../charts/rasterize-svg';
import type { ChartCommandArguments } from './cli-arguments';
import { CliError } from './cli-error';
import { readJsonFile, writeOutput } from './cli-files';

/** Draws one chart from a JSON file of its data, as the documents draw it, and writes it. */
export async function writeChart({
  kind,
  dataPath,
  outPath,
  format,
  scale,
}: ChartCommandArguments): Promise<string> {
  const raw = await readJsonFile(dataPath);
  let data: unknown;
  try {
    data = parseChartData(kind, raw);
  } catch (error) {
    if (error instanceof ChartDataError)
      throw new CliError(`${basename(dataPath)}: ${error.message}`);
    throw error;
  }
  const svg = await renderChartSvg(kind, data);
  const bytes =
    format === 'svg' ? new TextEncoder().encode(svg) : await rasterizeSvg(svg, { scale });
  await writeOutput(outPath, bytes);
  return `the ${chartNames[kind]} chart to ${outPath}`;
}
