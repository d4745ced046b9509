import { inflateRawSync } from 'node:zlib';

/**
 * Reads one entry of a .docx (a zip) as text, through the central directory: enough to look at
 * word/document.xml in a unit test without another dependency.
 */
export function readZipEntry(zip: Uint8Array, name: string): string {
  return readZipEntryBytes(zip, name).toString('utf8');
}

/** One entry of a .docx as bytes (an embedded image). */
export function readZipEntryBytes(zip: Uint8Array, name: string): Buffer {
  const data = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const endOfDirectory = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfDirectory < 0) throw new Error('Not a zip file.');
  const entries = data.readUInt16LE(endOfDirectory + 10);
  let offset = data.readUInt32LE(endOfDirectory + 16);
  for (let index = 0; index < entries; index += 1) {
    const method = data.readUInt16LE(offset + 10);
    const compressedSize = data.readUInt32LE(offset + 20);
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    const localHeader = data.readUInt32LE(offset + 42);
    const entryName = data.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (entryName === name) {
      const start =
        localHeader +
        30 +
        data.readUInt16LE(localHeader + 26) +
        data.readUInt16LE(localHeader + 28);
      const raw = data.subarray(start, start + compressedSize);
      return method === 0 ? raw : inflateRawSync(raw);
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${name} is not in the zip file.`);
}

/** Each entry of a zip file's central directory: its name, method and CRC-32, in order. */
export function zipEntries(zip: Uint8Array): { name: string; method: number; crc: number }[] {
  const data = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const endOfDirectory = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfDirectory < 0) throw new Error('Not a zip file.');
  const count = data.readUInt16LE(endOfDirectory + 10);
  const entries = [];
  let offset = data.readUInt32LE(endOfDirectory + 16);
  for (let index = 0; index < count; index += 1) {
    if (data.readUInt32LE(offset) !== 0x02014b50) throw new Error('A broken central directory.');
    const nameLength = data.readUInt16LE(offset + 28);
    entries.push({
      name: data.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: data.readUInt16LE(offset + 10),
      crc: data.readUInt32LE(offset + 16),
    });
    offset += 46 + nameLength + data.readUInt16LE(offset + 30) + data.readUInt16LE(offset + 32);
  }
  return entries;
}
