import { statSync, utimesSync, copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  generateIcons,
  iconOutputs,
  linuxIconPath,
  linuxSizes,
} from '../../../../build/scripts/icons/generate-icons';
import { icnsTypes, icoSizes } from '../../../../build/scripts/icons/icon-formats';
import { tempFolder } from '../../../main/files/temp-folder';

const source = join(import.meta.dirname, '../../../../build/icon.svg');
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's header chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8)).toEqual(pngSignature);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

function drawnIcons() {
  const folder = tempFolder();
  const svg = join(folder, 'icon.svg');
  copyFileSync(source, svg);
  return { folder, svg, out: iconOutputs(folder), result: generateIcons(svg, folder) };
}

describe('the icons drawn from the one source image', () => {
  // Drawn once for the checks that only read them.
  const drawn = drawnIcons();

  it('draws every Linux size as a PNG of that size, and a 1024-pixel icon.png', () => {
    const { out, result } = drawn;
    expect(result.drawn).toBe(true);
    for (const size of linuxSizes) {
      expect(pngSize(readFileSync(linuxIconPath(out, size))), `${size}`).toEqual([size, size]);
    }
    expect(pngSize(readFileSync(out.png))).toEqual([1024, 1024]);
  });

  it('writes a Windows .ico whose entries point at PNGs of the sizes they announce', () => {
    const ico = readFileSync(drawn.out.ico);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([
      0,
      1,
      icoSizes.length,
    ]);
    icoSizes.forEach((size, index) => {
      const entry = 6 + 16 * index;
      const announced = ico.readUInt8(entry) || 256;
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      expect(announced).toBe(size);
      expect(pngSize(ico.subarray(offset, offset + length))).toEqual([size, size]);
    });
  });

  it('writes a macOS .icns whose every element is a PNG of its type’s size', () => {
    const icns = readFileSync(drawn.out.icns);
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    let offset = 8;
    for (const { type, size } of icnsTypes) {
      expect(icns.toString('ascii', offset, offset + 4)).toBe(type);
      const length = icns.readUInt32BE(offset + 4);
      expect(pngSize(icns.subarray(offset + 8, offset + length)), type).toEqual([size, size]);
      offset += length;
    }
    expect(offset).toBe(icns.length);
  });

  it('draws again only when the source image changed', () => {
    const { folder, svg, out } = drawnIcons();
    expect(generateIcons(svg, folder).drawn).toBe(false);
    const later = new Date(statSync(out.ico).mtimeMs + 60_000);
    utimesSync(svg, later, later);
    expect(generateIcons(svg, folder).drawn).toBe(true);
  });
});
