import { crc32, deflateRaw } from 'node:zlib';
import { promisify } from 'node:util';

const deflate = promisify(deflateRaw);

/** A part of a package (a .docx) as docx's compiler gives it: XML text or bytes. */
export type PackagePart = string | Uint8Array | ArrayBuffer;

/** Images are compressed already: deflating them again costs time and saves nothing. */
const storedParts = /\.(png|jpe?g|gif)$/i;

/** 1 January 1980, 00:00, the first date a zip file can hold: the same bytes for the same parts. */
const dosTime = 0;
const dosDate = (1 << 5) | 1;
/** Names are UTF-8. */
const utf8Names = 0x0800;
const versionNeeded = 20;
const maxZipSize = 0xffffffff;

function bytesOf(part: PackagePart): Uint8Array {
  if (typeof part === 'string') return Buffer.from(part, 'utf8');
  if (part instanceof ArrayBuffer) return new Uint8Array(part);
  return part;
}

interface Entry {
  name: Buffer;
  method: 0 | 8;
  crc: number;
  size: number;
  data: Uint8Array;
  offset: number;
}

async function entryOf(path: string, part: PackagePart): Promise<Omit<Entry, 'offset'>> {
  const bytes = bytesOf(part);
  const stored = storedParts.test(path);
  const data = stored ? bytes : await deflate(bytes);
  if (bytes.length > maxZipSize || data.length > maxZipSize)
    throw new RangeError(`${path} is too large for a Word document.`);
  return {
    name: Buffer.from(path, 'utf8'),
    method: stored ? 0 : 8,
    crc: crc32(bytes),
    size: bytes.length,
    data,
  };
}

/** The fields both headers give an entry, in the same order: flags to the name's length. */
function writeEntryFields(header: Buffer, entry: Entry, at: number): void {
  header.writeUInt16LE(utf8Names, at);
  header.writeUInt16LE(entry.method, at + 2);
  header.writeUInt16LE(dosTime, at + 4);
  header.writeUInt16LE(dosDate, at + 6);
  header.writeUInt32LE(entry.crc, at + 8);
  header.writeUInt32LE(entry.data.length, at + 12);
  header.writeUInt32LE(entry.size, at + 16);
  header.writeUInt16LE(entry.name.length, at + 20);
}

function localHeader(entry: Entry): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(versionNeeded, 4);
  writeEntryFields(header, entry, 6);
  // No extra field.
  return header;
}

function directoryHeader(entry: Entry): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(versionNeeded, 4);
  header.writeUInt16LE(versionNeeded, 6);
  writeEntryFields(header, entry, 8);
  // Extra field, comment, disk number, internal and external attributes: none.
  header.writeUInt32LE(entry.offset, 42);
  return header;
}

function endOfDirectory(count: number, size: number, offset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return end;
}

/**
 * A package's parts zipped in the order given, by Node's own zlib: the XML deflated on zlib's
 * threads, all parts at once, and the images stored as they are. docx zips with fflate, in
 * JavaScript on the calling thread, and deflates the images again; for a long plan that was a
 * second of the export.
 */
export async function zipPackage(parts: ReadonlyMap<string, PackagePart>): Promise<Uint8Array> {
  if (parts.size > 0xffff) throw new RangeError('A Word document holds too many parts.');
  const made = await Promise.all([...parts].map(([path, part]) => entryOf(path, part)));
  const chunks: Uint8Array[] = [];
  const entries: Entry[] = [];
  let offset = 0;
  for (const entry of made) {
    const placed = { ...entry, offset };
    const header = localHeader(placed);
    chunks.push(header, placed.name, placed.data);
    offset += header.length + placed.name.length + placed.data.length;
    entries.push(placed);
  }
  const directoryOffset = offset;
  for (const entry of entries) {
    const header = directoryHeader(entry);
    chunks.push(header, entry.name);
    offset += header.length + entry.name.length;
  }
  if (offset > maxZipSize) throw new RangeError('The Word document is too large.');
  chunks.push(endOfDirectory(entries.length, offset - directoryOffset, directoryOffset));
  return Buffer.concat(chunks);
}
