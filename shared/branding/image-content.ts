import { inspectSvgText, type SvgProblem } from './svg-content';
import { decodeUtf8 } from './utf8';

export const logoMediaTypes = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
export type LogoMediaType = (typeof logoMediaTypes)[number];

/** What a file's bytes are, read from its content (never its name). */
export type ImageInspection =
  | { ok: true; mediaType: LogoMediaType; width: number | null; height: number | null }
  | { ok: false; problem: 'not-an-image' | SvgProblem | 'unreadable'; detail: string };

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

const uint32 = (bytes: Uint8Array, at: number) =>
  (((bytes[at] ?? 0) << 24) |
    ((bytes[at + 1] ?? 0) << 16) |
    ((bytes[at + 2] ?? 0) << 8) |
    (bytes[at + 3] ?? 0)) >>>
  0;
const uint16 = (bytes: Uint8Array, at: number) => ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);

function png(bytes: Uint8Array): ImageInspection {
  // The first chunk is always IHDR: its width and height come first.
  const header = String.fromCharCode(...bytes.subarray(12, 16));
  if (bytes.length < 24 || header !== 'IHDR')
    return { ok: false, problem: 'unreadable', detail: 'PNG' };
  return { ok: true, mediaType: 'image/png', width: uint32(bytes, 16), height: uint32(bytes, 20) };
}

/** Start-of-frame markers, which carry the size (not DHT C4, JPG C8 or DAC CC). */
const isStartOfFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function jpeg(bytes: Uint8Array): ImageInspection {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) break;
    let marker = bytes[at + 1] ?? 0;
    // Fill bytes: any number of 0xFF before a marker.
    while (marker === 0xff && at + 2 < bytes.length) marker = bytes[(at += 1) + 1] ?? 0;
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) break;
    const segment = uint16(bytes, at + 2);
    if (isStartOfFrame(marker) && at + 9 <= bytes.length)
      return {
        ok: true,
        mediaType: 'image/jpeg',
        height: uint16(bytes, at + 5),
        width: uint16(bytes, at + 7),
      };
    if (segment < 2) break;
    at += 2 + segment;
  }
  return { ok: false, problem: 'unreadable', detail: 'JPEG' };
}

function svg(bytes: Uint8Array): ImageInspection | null {
  const text = decodeUtf8(bytes);
  if (text === null || !/^\uFEFF?\s*(<\?xml|<!--|<svg\b|<!doctype svg)/i.test(text)) return null;
  const checked = inspectSvgText(text);
  if (checked.problem) return { ok: false, problem: checked.problem, detail: checked.detail };
  return { ok: true, mediaType: 'image/svg+xml', width: checked.width, height: checked.height };
}

/** Recognises a PNG, JPEG or SVG image by its content, with its size in pixels. */
export function inspectImage(bytes: Uint8Array): ImageInspection {
  if (startsWith(bytes, pngSignature)) return png(bytes);
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return jpeg(bytes);
  return svg(bytes) ?? { ok: false, problem: 'not-an-image', detail: '' };
}
