import { Resvg } from '@resvg/resvg-js';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeIcns, encodeIco, icoSizes } from './icon-formats';

/** The PNG sizes of the Linux icon set (build/icons/<size>x<size>.png). */
export const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

export interface IconOutputs {
  png: string;
  icns: string;
  ico: string;
  linuxFolder: string;
}

export function iconOutputs(buildFolder: string): IconOutputs {
  return {
    png: join(buildFolder, 'icon.png'),
    icns: join(buildFolder, 'icon.icns'),
    ico: join(buildFolder, 'icon.ico'),
    linuxFolder: join(buildFolder, 'icons'),
  };
}

/**
 * Draws every icon electron-builder needs from the one source image (build/icon.svg): the PNG
 * sizes for Linux, the .icns for macOS, the .ico for Windows. Skipped when all are newer than
 * the source, so every build can run it.
 */
export function generateIcons(source: string, buildFolder: string): { drawn: boolean } {
  const out = iconOutputs(buildFolder);
  const all = [out.png, out.icns, out.ico, ...linuxSizes.map((size) => linuxIconPath(out, size))];
  const sourceTime = statSync(source).mtimeMs;
  if (all.every((path) => existsSync(path) && statSync(path).mtimeMs >= sourceTime)) {
    return { drawn: false };
  }
  const svg = readFileSync(source);
  const drawn = new Map<number, Uint8Array>();
  const pngOf = (size: number): Uint8Array => {
    let png = drawn.get(size);
    if (!png) {
      png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
      drawn.set(size, png);
    }
    return png;
  };
  mkdirSync(out.linuxFolder, { recursive: true });
  for (const size of linuxSizes) writeFileSync(linuxIconPath(out, size), pngOf(size));
  writeFileSync(out.png, pngOf(1024));
  writeFileSync(out.ico, encodeIco(icoSizes.map((size) => ({ size, png: pngOf(size) }))));
  writeFileSync(out.icns, encodeIcns(pngOf));
  return { drawn: true };
}

export function linuxIconPath(out: IconOutputs, size: number): string {
  return join(out.linuxFolder, `${size}x${size}.png`);
}
