import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * zlib's level 3: a chart's flat colours and long runs compress about as well as resvg's own PNG
 * writer does, in a fraction of its time.
 */
const compressionLevel = 3;

/**
 * zlib hands its output back to the calling thread in chunks of this size: its default, 16 KB,
 * made a chart's PNG (60-200 KB) dozens of hand-offs between zlib's thread and the caller's.
 */
const outputChunkBytes = 1024 * 1024;

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(body, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, body, tail]);
}

/**
 * Buffers for the filtered rows, reused from chart to chart: a fresh 10 MB buffer per chart made
 * V8 collect garbage for "external memory pressure" several times per export. As many are kept
 * as charts are drawn at a time; a chart is at most about 9 MB of pixels at print resolution.
 */
const spareRows: Buffer[] = [];
const sparesKept = 2;

/**
 * The rows, each after its filter byte (0: none), in one buffer (copied once, never zero-filled
 * first), deflated in a single task on zlib's threads: one hand-off each way.
 */
async function deflateRows(pixels: Buffer, stride: number, height: number): Promise<Buffer> {
  const size = height * (stride + 1);
  const fits = spareRows.findIndex((buffer) => buffer.length >= size);
  const whole = fits >= 0 ? (spareRows.splice(fits, 1)[0] as Buffer) : Buffer.allocUnsafeSlow(size);
  const rows = whole.subarray(0, size);
  for (let row = 0; row < height; row += 1) {
    rows[row * (stride + 1)] = 0;
    pixels.copy(rows, row * (stride + 1) + 1, row * stride, (row + 1) * stride);
  }
  try {
    return await deflateAsync(rows, { level: compressionLevel, chunkSize: outputChunkBytes });
  } finally {
    // The largest spares are kept: a smaller one gives way to a larger.
    spareRows.push(whole);
    spareRows.sort((a, b) => b.length - a.length).splice(sparesKept);
  }
}

/**
 * 8-bit RGBA pixels, row by row, as a PNG. Each row is written unfiltered and the whole deflated
 * by Node's zlib on its own threads, so drawing several charts at once leaves the calling thread
 * free; resvg's own `asPng` encodes on the calling thread, and took most of a chart's time.
 */
export async function encodePng(
  width: number,
  height: number,
  rgba: Uint8Array,
): Promise<Uint8Array> {
  const stride = width * 4;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
    throw new RangeError('A PNG is at least one pixel wide and high.');
  if (rgba.length !== stride * height)
    throw new RangeError(
      `${width}×${height} RGBA pixels are ${stride * height} bytes, not ${rgba.length}.`,
    );
  const data = await deflateRows(
    Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength),
    stride,
    height,
  );
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', data),
    chunk('IEND', new Uint8Array()),
  ]);
}
