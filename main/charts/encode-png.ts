import { once } from 'node:events';
import { crc32, createDeflate } from 'node:zlib';

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * zlib's level 3: a chart's flat colours and long runs compress about as well as resvg's own PNG
 * writer does, in a fraction of its time.
 */
const compressionLevel = 3;

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(body, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, body, tail]);
}

/** About a megabyte of rows at a time: few trips to zlib's threads, and no copy of the image. */
const batchBytes = 1 << 20;

/**
 * The rows, each after its filter byte (0: none), deflated a batch at a time, each batch given to
 * zlib once it has taken the one before.
 */
async function deflateRows(pixels: Buffer, stride: number, height: number): Promise<Buffer> {
  const deflater = createDeflate({ level: compressionLevel });
  const chunks: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    deflater.on('end', resolve);
    deflater.on('error', reject);
  });
  const rowsPerBatch = Math.max(1, Math.floor(batchBytes / (stride + 1)));
  for (let first = 0; first < height; first += rowsPerBatch) {
    const rows = Math.min(rowsPerBatch, height - first);
    const batch = Buffer.alloc(rows * (stride + 1));
    for (let row = 0; row < rows; row += 1)
      pixels.copy(
        batch,
        row * (stride + 1) + 1,
        (first + row) * stride,
        (first + row + 1) * stride,
      );
    if (!deflater.write(batch)) await once(deflater, 'drain');
  }
  deflater.end();
  await finished;
  return Buffer.concat(chunks);
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
