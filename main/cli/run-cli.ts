import { localToday } from '../../shared/domain/local-today';
import { parseCliArguments, UsageError, type CliArguments } from './cli-arguments';
import { CliError } from './cli-error';
import { programName, usageText } from './usage';

/** Where the command line speaks: standard output and error in the process, lists in tests. */
export interface CliOutput {
  out(text: string): void;
  error(text: string): void;
}

export const processOutput: CliOutput = {
  out: (text) => process.stdout.write(`${text}\n`),
  error: (text) => process.stderr.write(`${text}\n`),
};

/** validate: 0 only for a valid file, 1 for any problem. */
export const exitCodes = { written: 0, failed: 1, badArguments: 2 } as const;

/**
 * The command line: parses the arguments, does the one thing asked and says what it wrote.
 * Every failure a person can fix is a sentence and an exit status, never a stack trace.
 */
export async function runCli(
  argv: readonly string[],
  output: CliOutput = processOutput,
  today: () => string = localToday,
): Promise<number> {
  let args: CliArguments;
  try {
    args = parseCliArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.error(
      error.brief
        ? `${programName}: ${error.message}`
        : `${programName}: ${error.message}\n\n${usageText}`,
    );
    return exitCodes.badArguments;
  }
  if (args.command === 'help') {
    output.out(usageText);
    return exitCodes.written;
  }
  try {
    // Each command loads only its own code: validate no document code, help none at all.
    if (args.command === 'validate') {
      const { validateFile } = await import('./validate-command');
      const report = await validateFile(args);
      for (const line of report.lines) output.out(line);
      return report.valid ? exitCodes.written : exitCodes.failed;
    }
    const written =
      args.command === 'chart'
        ? await (await import('./chart-command')).writeChart(args)
        : await (await import('./document-command')).writeDocument(args, today());
    output.out(`Wrote ${written}.`);
    return exitCodes.written;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    output.error(
      error instanceof CliError
        ? `${programName}: ${message}`
        : `${programName}: something went wrong, and nothing was written: ${message}`,
    );
    return exitCodes.failed;
  }
}
