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
 * A protected file is the same content behind a header line (docs/encrypted-files.md), so it may
 * be this much larger than the content's own limit.
 */
export const protectedFileAllowance = 8 * 1024;

export type FileBytesOutcome = { ok: true; bytes: Buffer } | { ok: false; problem: string };

function tooLargeProblem(name: string, size: number, maxBytes: number, kind: string): string {
  return `${name} is ${megabytes(size)}; ${kind} can be at most ${megabytes(maxBytes)}. It is not a file Session Studio exported, or it is damaged.`;
}

/**
 * Reads a file's bytes (plain or protected), refusing one that is too large from its size alone,
 * before a byte of it is read, and never reading more than the limit even if the file grows
 * meanwhile.
 */
export async function readEngagementFileBytes(
  filePath: string,
  {
    maxBytes = engagementFileLimits.maxBytes + protectedFileAllowance,
    kind = 'an engagement file',
    openFile = (path) => open(path, 'r'),
  }: ReadOptions = {},
): Promise<FileBytesOutcome> {
  const name = basename(filePath);
  const tooLarge = (size: number): FileBytesOutcome => ({
    ok: false,
    problem: tooLargeProblem(name, size, maxBytes, kind),
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
    return { ok: true, bytes: Buffer.concat(chunks, length) };
  } catch (error) {
    return { ok: false, problem: describeReadError(error, filePath, kind) };
  } finally {
    await handle.close();
  }
}

/** A file's text: within the limit and valid UTF-8, or refused with the reason. */
export function decodeEngagementFileText(
  bytes: Uint8Array,
  name: string,
  maxBytes: number = engagementFileLimits.maxBytes,
  kind = 'an engagement file',
): FileReadOutcome {
  if (bytes.byteLength > maxBytes)
    return { ok: false, problem: tooLargeProblem(name, bytes.byteLength, maxBytes, kind) };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: `${name} is not a text file, so it is not ${kind}.` };
  }
}

/** Reads a plain file as text (see readEngagementFileBytes). */
export async function readEngagementFileText(
  filePath: string,
  {
    maxBytes = engagementFileLimits.maxBytes,
    kind = 'an engagement file',
    openFile,
  }: ReadOptions = {},
): Promise<FileReadOutcome> {
  const read = await readEngagementFileBytes(filePath, {
    maxBytes,
    kind,
    ...(openFile && { openFile }),
  });
  return read.ok ? decodeEngagementFileText(read.bytes, basename(filePath), maxBytes, kind) : read;
}
