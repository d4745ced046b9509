import { inflateSync } from 'node:zlib';

/** A decoded 8-bit RGBA PNG, enough to look at the pixels resvg writes. */
export interface PngPixels {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Uint8Array;
}

export function decodePng(png: Uint8Array): PngPixels {
  const bytes = Buffer.from(png);
  if (bytes.readUInt32BE(0) !== 0x89504e47) throw new Error('Not a PNG.');
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[9] !== 6 || body[12] !== 0)
        throw new Error('Only 8-bit, non-interlaced RGBA PNGs are decoded here.');
    }
    if (type === 'IDAT') idat.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const data = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x] as number;
      const left = x >= 4 ? (data[y * stride + x - 4] as number) : 0;
      const up = y > 0 ? (data[(y - 1) * stride + x] as number) : 0;
      const upLeft = x >= 4 && y > 0 ? (data[(y - 1) * stride + x - 4] as number) : 0;
      data[y * stride + x] = (value + predict(filter, left, up, upLeft)) & 0xff;
    }
  }
  return { width, height, data };
}

function predict(filter: number | undefined, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4: {
      const estimate = left + up - upLeft;
      const toLeft = Math.abs(estimate - left);
      const toUp = Math.abs(estimate - up);
      const toUpLeft = Math.abs(estimate - upLeft);
      if (toLeft <= toUp && toLeft <= toUpLeft) return left;
      return toUp <= toUpLeft ? up : upLeft;
    }
    default:
      throw new Error(`Unknown PNG filter ${filter}.`);
  }
}

/** Pixels in the box (in PNG pixels) darker than a label's grey (#666) is light. */
export function darkPixelsIn(
  image: PngPixels,
  box: { left: number; top: number; right: number; bottom: number },
): number {
  let dark = 0;
  for (let y = Math.max(0, box.top); y < Math.min(image.height, box.bottom); y += 1)
    for (let x = Math.max(0, box.left); x < Math.min(image.width, box.right); x += 1) {
      const at = (y * image.width + x) * 4;
      const luminance =
        0.2126 * (image.data[at] as number) +
        0.7152 * (image.data[at + 1] as number) +
        0.0722 * (image.data[at + 2] as number);
      if (luminance < 140) dark += 1;
    }
  return dark;
}

/** How many distinct colours the image holds; a blank image has one. */
export function distinctColours(image: PngPixels): number {
  const seen = new Set<number>();
  for (let at = 0; at < image.data.length; at += 4)
    seen.add(
      ((image.data[at] as number) << 16) |
        ((image.data[at + 1] as number) << 8) |
        (image.data[at + 2] as number),
    );
  return seen.size;
}
