import { createHash } from 'node:crypto';

/**
 * The last charts' PNGs, by a digest of everything that decides their pixels (the SVG, the
 * scale, the background and the font faces drawn with): exporting a plan again after editing its
 * text redraws only the charts whose data changed. Bounded by count and bytes, least recently
 * used first out: a busy plan's five pictures are well under a megabyte.
 */
const maxEntries = 24;
const maxBytes = 16 * 1024 * 1024;

const drawn = new Map<string, Uint8Array>();
let heldBytes = 0;

/** The digest of what decides a chart's pixels. */
export function drawnPngKey(parts: readonly (string | number)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${String(part).length}:${part}\u0000`);
  return hash.digest('hex');
}

/** The PNG drawn for this key, if it is still held; marked as just used. */
export function heldPng(key: string): Uint8Array | undefined {
  const png = drawn.get(key);
  if (png) {
    drawn.delete(key);
    drawn.set(key, png);
  }
  return png;
}

export function holdPng(key: string, png: Uint8Array): void {
  const previous = drawn.get(key);
  if (previous) heldBytes -= previous.byteLength;
  drawn.delete(key);
  if (png.byteLength > maxBytes) return;
  drawn.set(key, png);
  heldBytes += png.byteLength;
  for (const [oldest, old] of drawn) {
    if (drawn.size <= maxEntries && heldBytes <= maxBytes) break;
    drawn.delete(oldest);
    heldBytes -= old.byteLength;
  }
}

/** Lets every chart be drawn afresh: the benchmark times drawing itself with it. */
export function forgetDrawnPngs(): void {
  drawn.clear();
  heldBytes = 0;
}
