import { open, type FileHandle } from 'node:fs/promises';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEngagementFileText } from '../../../main/engagement-file/read-engagement-file';
import { tempFolder } from '../files/temp-folder';

/** Opens files for real and counts the bytes read from them. */
function countingOpen(reportedSize?: number) {
  const counter = { bytesRead: 0 };
  const openFile = async (path: string): Promise<FileHandle> => {
    const handle = await open(path, 'r');
    const read = handle.read.bind(handle) as (...args: unknown[]) => Promise<{ bytesRead: number }>;
    return new Proxy(handle, {
      get(target, property, receiver) {
        if (property === 'stat' && reportedSize !== undefined)
          return async () => ({ size: reportedSize, isFile: () => true });
        if (property !== 'read') return Reflect.get(target, property, receiver) as unknown;
        return async (...args: unknown[]) => {
          const result = await read(...args);
          counter.bytesRead += result.bytesRead;
          return result;
        };
      },
    });
  };
  return { openFile, counter };
}

describe('reading an engagement file', () => {
  it('refuses a 60 MB file without reading a byte of it', async () => {
    const path = join(tempFolder(), 'huge.sessionstudio');
    writeFileSync(path, '');
    truncateSync(path, 60 * 1024 * 1024);
    const { openFile, counter } = countingOpen();
    const outcome = await readEngagementFileText(path, { openFile });
    expect(outcome).toEqual({
      ok: false,
      problem: expect.stringMatching(/is 60 MB; .* at most 50 MB/),
    });
    expect(counter.bytesRead).toBe(0);
  });

  it('reads a file within the limit whole, as text', async () => {
    const path = join(tempFolder(), 'small.sessionstudio');
    writeFileSync(path, '{"format":"session-studio-engagement","note":"Zoë’s plan"}');
    const { openFile, counter } = countingOpen();
    expect(await readEngagementFileText(path, { openFile })).toEqual({
      ok: true,
      text: '{"format":"session-studio-engagement","note":"Zoë’s plan"}',
    });
    expect(counter.bytesRead).toBeGreaterThan(0);
  });

  it('never reads past the limit, even when the file grew after its size was taken', async () => {
    const path = join(tempFolder(), 'growing.sessionstudio');
    writeFileSync(path, 'x'.repeat(5000));
    const { openFile, counter } = countingOpen(500);
    const outcome = await readEngagementFileText(path, { openFile, maxBytes: 1000 });
    expect(outcome).toEqual({
      ok: false,
      problem: expect.stringMatching(/can be at most/),
    });
    expect(counter.bytesRead).toBeLessThanOrEqual(1001);
  });

  it('refuses a file that is not text', async () => {
    const path = join(tempFolder(), 'photo.sessionstudio');
    writeFileSync(path, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]));
    expect(await readEngagementFileText(path)).toEqual({
      ok: false,
      problem: 'photo.sessionstudio is not a text file, so it is not an engagement file.',
    });
  });
});
