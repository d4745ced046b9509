import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { passphraseLimits } from '../../shared/protection/passphrase';
import { CliError } from './cli-error';
import { mustBeAFile } from './cli-files';

/** A passphrase of the longest kind, in UTF-8, and a line ending. */
const maxPassphraseFileBytes = passphraseLimits.maxLength * 4 + 2;

/**
 * The passphrase held in a file (so it never appears in the shell's history or the process
 * list): the whole file, less one line ending at its end. Spaces are part of a passphrase.
 */
export async function readPassphraseFile(filePath: string): Promise<string> {
  await mustBeAFile(filePath);
  if ((await stat(filePath)).size > maxPassphraseFileBytes)
    throw new CliError(
      `${filePath} is too large to hold a passphrase (at most ${passphraseLimits.maxLength} characters).`,
    );
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch {
    throw new CliError(`${filePath} could not be read.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${filePath} is not a text file, so it holds no passphrase.`);
  }
  const passphrase = text.replace(/^\uFEFF/, '').replace(/\r?\n$/, '');
  if (passphrase === '') throw new CliError(`${filePath} holds no passphrase: it is empty.`);
  return passphrase;
}

/** The passphrase from --passphrase-file, or null when none was given. */
export async function passphraseFrom(passphraseFile: string | null): Promise<string | null> {
  return passphraseFile === null ? null : readPassphraseFile(passphraseFile);
}

/** Why a protected file did not open, with what to do at the command line. */
export function passphraseProblem(
  kind: 'needed' | 'wrong',
  filePath: string,
  passphraseFile: string | null,
): string {
  return kind === 'wrong' || passphraseFile !== null
    ? `The passphrase in ${passphraseFile} does not open ${basename(filePath)}.`
    : `${basename(filePath)} is protected with a passphrase; give it in a file with --passphrase-file <file>.`;
}
