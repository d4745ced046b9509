import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { checkLogoBytes, logoLimits, type Logo } from '../../shared/branding/logo';
import { UserFacingError } from '../ipc/dispatch';

const megabytes = (bytes: number) =>
  `${(bytes / (1024 * 1024)).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;

function readProblem(error: unknown, name: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return `${name} is no longer there. Choose it again.`;
  if (code === 'EACCES' || code === 'EPERM') return `Session Studio may not read ${name}.`;
  return `Session Studio could not read ${name}${code ? ` (${code})` : ''}.`;
}

/**
 * Reads a logo the consultant chose and checks it by its content (shared/branding/logo.ts). Too
 * large a file is refused from its size, before a byte is read; every refusal is one sentence.
 */
export async function readLogoFile(filePath: string): Promise<Logo> {
  const name = basename(filePath);
  let bytes: Uint8Array;
  try {
    const stats = await stat(filePath);
    if (!stats.isFile()) throw new UserFacingError(`${name} is not a file.`);
    if (stats.size > logoLimits.maxBytes)
      throw new UserFacingError(
        `${name} is ${megabytes(stats.size)}; a logo can be at most ${megabytes(logoLimits.maxBytes)}.`,
      );
    bytes = await readFile(filePath);
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    throw new UserFacingError(readProblem(error, name));
  }
  const checked = checkLogoBytes(bytes, name);
  if (!checked.ok) throw new UserFacingError(checked.problem);
  return checked.logo;
}

/** What the open dialog offers; the content decides, whatever the name says. */
export const logoFileFilters = [
  { name: 'Logo (PNG, JPEG or SVG)', extensions: ['png', 'jpg', 'jpeg', 'svg'] },
];
