/** A square PNG at one size, as the icon formats below embed it. */
export interface IconImage {
  size: number;
  png: Uint8Array;
}

/** The sizes of the Windows icon; 256 is the largest an .ico holds. */
export const icoSizes = [16, 24, 32, 48, 64, 128, 256];

/**
 * A Windows .ico holding PNG images (every Windows since Vista reads them): a 6-byte header, a
 * 16-byte entry per image, then the images.
 */
export function encodeIco(images: readonly IconImage[]): Uint8Array {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    if (size > 256) throw new Error(`An .ico image is at most 256 pixels, not ${size}.`);
    const entry = 6 + 16 * index;
    header.writeUInt8(size === 256 ? 0 : size, entry); // 0 means 256
    header.writeUInt8(size === 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.byteLength, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.byteLength;
  });
  return Buffer.concat([header, ...images.map(({ png }) => Buffer.from(png))]);
}

/** The macOS .icns element types that hold a PNG, by the pixel size of the image. */
export const icnsTypes: readonly { type: string; size: number }[] = [
  { type: 'icp4', size: 16 },
  { type: 'icp5', size: 32 },
  { type: 'ic11', size: 32 }, // 16@2x
  { type: 'icp6', size: 64 },
  { type: 'ic12', size: 64 }, // 32@2x
  { type: 'ic07', size: 128 },
  { type: 'ic08', size: 256 },
  { type: 'ic13', size: 256 }, // 128@2x
  { type: 'ic09', size: 512 },
  { type: 'ic14', size: 512 }, // 256@2x
  { type: 'ic10', size: 1024 }, // 512@2x
];

/** A macOS .icns: "icns" and the file's length, then per image its type, length and PNG. */
export function encodeIcns(imageOfSize: (size: number) => Uint8Array): Uint8Array {
  const elements = icnsTypes.map(({ type, size }) => {
    const png = imageOfSize(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(8 + png.byteLength, 4);
    return Buffer.concat([head, Buffer.from(png)]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + elements.reduce((total, element) => total + element.length, 0), 4);
  return Buffer.concat([head, ...elements]);
}
