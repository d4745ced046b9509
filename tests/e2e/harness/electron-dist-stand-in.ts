import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolder } from '../../main/files/temp-folder';

/** Marks the fuse wire inside an Electron binary (from @electron/fuses). */
const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/**
 * Electron's fuses as the official binary ships them, '1' on and '0' off: run-as-node,
 * cookie encryption, NODE_OPTIONS, inspector arguments, asar integrity, only-load-from-asar,
 * browser V8 snapshot, file:// privileges.
 */
export const shippedFuses = '10110001';

/**
 * An unpacked Electron for Linux as electron-builder's `electronDist` takes it, standing in for
 * the real one, which cannot be downloaded everywhere: an `electron` executable carrying a fuse
 * wire (so the fuses can be flipped and read back) and the files beside it.
 */
export function electronDistStandIn(): string {
  const folder = tempFolder();
  writeFileSync(
    join(folder, 'electron'),
    Buffer.concat([
      Buffer.from('#!/bin/sh\n# Electron stand-in for packaging tests\n'),
      Buffer.from(fuseSentinel, 'ascii'),
      Buffer.from([1, shippedFuses.length]),
      Buffer.from(shippedFuses, 'ascii'),
      Buffer.from('\n'),
    ]),
    { mode: 0o755 },
  );
  writeFileSync(join(folder, 'LICENSE'), 'Electron stand-in\n');
  writeFileSync(join(folder, 'LICENSES.chromium.html'), '<p>stand-in</p>\n');
  mkdirSync(join(folder, 'resources'));
  return folder;
}
