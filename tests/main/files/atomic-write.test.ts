import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../../main/files/atomic-write';
import { entriesOf, tempFolder } from './temp-folder';

// Lets a test make the disk fail part-way, after the temporary file exists.
const failure = vi.hoisted(() => ({ at: null as 'write' | 'sync' | 'rename' | null }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const diskFull = () => Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
  return {
    ...real,
    async open(...args: Parameters<typeof real.open>) {
      const handle = await real.open(...args);
      return new Proxy(handle, {
        get(target, property, receiver) {
          if (property === 'writeFile' && failure.at === 'write')
            return async (data: Uint8Array) => {
              await target.writeFile(data.subarray(0, Math.floor(data.length / 2)));
              throw diskFull();
            };
          if (property === 'sync' && failure.at === 'sync')
            return async () => {
              throw diskFull();
            };
          const value = Reflect.get(target, property, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
    async rename(...args: Parameters<typeof real.rename>) {
      if (failure.at === 'rename') throw Object.assign(new Error('EXDEV'), { code: 'EXDEV' });
      return real.rename(...args);
    },
  };
});

afterEach(() => {
  failure.at = null;
});

const bytes = (text: string) => new TextEncoder().encode(text);

describe('atomic file write', () => {
  it('writes the complete file and leaves no temporary file behind', async () => {
    const folder = tempFolder();
    const target = join(folder, 'agenda.docx');
    const data = new Uint8Array(256 * 1024).map((_, index) => index % 251);
    await writeFileAtomic(target, data);
    expect(new Uint8Array(readFileSync(target))).toEqual(data);
    expect(entriesOf(folder)).toEqual(['agenda.docx']);
  });

  it('replaces an existing file whole', async () => {
    const folder = tempFolder();
    const target = join(folder, 'agenda.docx');
    writeFileSync(target, 'the older, longer version of the agenda');
    await writeFileAtomic(target, bytes('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(entriesOf(folder)).toEqual(['agenda.docx']);
  });

  it('fails in a folder that does not exist and creates nothing', async () => {
    const folder = tempFolder();
    await expect(
      writeFileAtomic(join(folder, 'missing', 'agenda.docx'), bytes('x')),
    ).rejects.toMatchObject({ code: 'ENOENT' });
    expect(entriesOf(folder)).toEqual([]);
  });

  it('fails when the chosen path is a folder, removing its temporary file', async () => {
    const folder = tempFolder();
    mkdirSync(join(folder, 'agenda.docx'));
    await expect(writeFileAtomic(join(folder, 'agenda.docx'), bytes('x'))).rejects.toMatchObject({
      code: 'EISDIR',
    });
    expect(entriesOf(folder)).toEqual(['agenda.docx']);
    expect(entriesOf(join(folder, 'agenda.docx'))).toEqual([]);
  });

  it.each(['write', 'sync', 'rename'] as const)(
    'leaves neither a partial file nor a temporary one when the %s fails, and keeps the old file',
    async (step) => {
      const folder = tempFolder();
      const target = join(folder, 'agenda.docx');
      writeFileSync(target, 'the version the client already has');
      failure.at = step;
      await expect(writeFileAtomic(target, bytes('a new agenda'.repeat(1000)))).rejects.toThrow();
      expect(entriesOf(folder)).toEqual(['agenda.docx']);
      expect(readFileSync(target, 'utf8')).toBe('the version the client already has');
    },
  );

  it('leaves nothing when the disk fails on a first save', async () => {
    const folder = tempFolder();
    failure.at = 'write';
    await expect(
      writeFileAtomic(join(folder, 'agenda.docx'), bytes('abc'.repeat(99))),
    ).rejects.toThrow('no space left on device');
    expect(entriesOf(folder)).toEqual([]);
  });
});
