import { open, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { engagementFileLimits } from '../../shared/engagement-file/format';

export type FileReadOutcome = { ok: true; text: string } | { ok: false; problem: string };

interface ReadOptions {
  maxBytes?: number;
  /** What the file should be, for the messages: "an engagement file", "a full backup". */
  kind?: string;
  /** How the file is opened; tests count what is read. */
  openFile?: (filePath: string) => Promise<FileHandle>;
}

const chunkBytes = 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

function describeReadError(error: unknown, filePath: string, kind: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const name = basename(filePath);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `${name} is no longer there. Choose the file again.`;
    case 'EACCES':
    case 'EPERM':
      return `Session Studio may not read ${name}. Copy it to a folder of your own and try again.`;
    case 'EISDIR':
      return `${name} is a folder, not ${kind}.`;
    default:
      return `Session Studio could not read ${name}${code ? ` (${code})` : ''}.`;
  }
}

/**
 * Reads an engagement file as text, refusing one that is too large from its size alone, before a
 * byte of it is read, and never reading more than the limit even if the file grows meanwhile.
 */
export async function readEngagementFileText(
  filePath: string,
  {
    maxBytes = engagementFileLimits.maxBytes,
    kind = 'an engagement file',
    openFile = (path) => open(path, 'r'),
  }: ReadOptions = {},
): Promise<FileReadOutcome> {
  const name = basename(filePath);
  const tooLarge = (size: number): FileReadOutcome => ({
    ok: false,
    problem: `${name} is ${megabytes(size)}; ${kind} can be at most ${megabytes(maxBytes)}. It is not a file Session Studio exported, or it is damaged.`,
  });
  let handle: FileHandle;
  try {
    handle = await openFile(filePath);
  } catch (error) {
    return { ok: false, problem: describeReadError(error, filePath, kind) };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { ok: false, problem: `${name} is not a file.` };
    if (stats.size > maxBytes) return tooLarge(stats.size);
    // Read to the end, not to the size taken: the file may have grown since.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(chunkBytes, maxBytes + 1 - length));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, length);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > maxBytes) return tooLarge(length);
    }
    try {
      return {
        ok: true,
        text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks, length)),
      };
    } catch {
      return { ok: false, problem: `${name} is not a text file, so it is not ${kind}.` };
    }
  } catch (error) {
    return { ok: false, problem: describeReadError(error, filePath, kind) };
  } finally {
    await handle.close();
  }
}
