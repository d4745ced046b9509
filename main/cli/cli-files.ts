import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { writeFileAtomic } from '../files/atomic-write';
import { describeFileError } from '../files/describe-file-error';
import { CliError } from './cli-error';

/** Chart data is a few kilobytes; anything this large is not chart data. */
const maxJsonBytes = 5 * 1024 * 1024;

/** Refuses a path with nothing at it, or a folder, before anything is read. */
export async function mustBeAFile(filePath: string): Promise<void> {
  let isFile: boolean;
  try {
    isFile = (await stat(filePath)).isFile();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new CliError(`There is no file at ${filePath}.`);
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`${filePath} may not be read.`);
    throw new CliError(`${filePath} could not be read${code ? ` (${code})` : ''}.`);
  }
  if (!isFile) throw new CliError(`${filePath} is not a file.`);
}

/** A JSON file's content; a missing, oversized or malformed file is refused with the reason. */
export async function readJsonFile(filePath: string): Promise<unknown> {
  await mustBeAFile(filePath);
  const name = basename(filePath);
  let text: string;
  try {
    if ((await stat(filePath)).size > maxJsonBytes)
      throw new CliError(
        `${name} is larger than ${maxJsonBytes / 1024 / 1024} MB, too large for chart data.`,
      );
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${filePath} could not be read.`);
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`${name} is not valid JSON (${reason}).`);
  }
}

/** Writes the output whole or not at all (temporary file, fsync, rename). */
export async function writeOutput(outPath: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(outPath, bytes);
  } catch (error) {
    throw new CliError(describeFileError(error, outPath));
  }
}
