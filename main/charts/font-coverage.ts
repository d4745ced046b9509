import { closeSync, openSync, readSync } from 'node:fs';

/** One face of a font file: which characters it draws, how heavy and whether it slants. */
export interface FontFace {
  /** Sorted, non-overlapping [first, last] code point pairs the face has a glyph for. */
  ranges: Uint32Array;
  /** Which face of its file it is: 0 in a .ttf or .otf, its place in a .ttc collection. */
  index: number;
  /** OS/2 weight class: 400 regular, 700 bold. */
  weight: number;
  italic: boolean;
}

/** Reads byte ranges of a font file without loading the whole (a CJK collection is 20 MB). */
class FontReader {
  private readonly fd: number;
  constructor(path: string) {
    this.fd = openSync(path, 'r');
  }
  read(offset: number, length: number): Buffer {
    const buffer = Buffer.alloc(length);
    const got = readSync(this.fd, buffer, 0, length, offset);
    if (got < length) throw new Error('The font file ends early.');
    return buffer;
  }
  close(): void {
    closeSync(this.fd);
  }
}

interface Tables {
  [tag: string]: { offset: number; length: number } | undefined;
}

function tableDirectory(reader: FontReader, at: number): Tables {
  const count = reader.read(at + 4, 2).readUInt16BE(0);
  const records = reader.read(at + 12, count * 16);
  const tables: Tables = {};
  for (let index = 0; index < count; index += 1) {
    const tag = records.toString('latin1', index * 16, index * 16 + 4);
    tables[tag] = {
      offset: records.readUInt32BE(index * 16 + 8),
      length: records.readUInt32BE(index * 16 + 12),
    };
  }
  return tables;
}

/** Ranges of a format 12 (or 13-like) subtable: groups of consecutive characters. */
function format12Ranges(cmap: Buffer, at: number): number[] {
  const groups = cmap.readUInt32BE(at + 12);
  const ranges: number[] = [];
  for (let index = 0; index < groups; index += 1) {
    const group = at + 16 + index * 12;
    if (
      cmap.readUInt32BE(group + 8) === 0 &&
      cmap.readUInt32BE(group) === cmap.readUInt32BE(group + 4)
    )
      continue; // a group mapping one character to the missing glyph
    ranges.push(cmap.readUInt32BE(group), cmap.readUInt32BE(group + 4));
  }
  return ranges;
}

/** Ranges of a format 4 subtable (the Basic Multilingual Plane), glyph by glyph where indexed. */
function format4Ranges(cmap: Buffer, at: number): number[] {
  const segments = cmap.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const ranges: number[] = [];
  const add = (code: number) => {
    const last = ranges.length - 1;
    if (last > 0 && ranges[last] === code - 1) ranges[last] = code;
    else ranges.push(code, code);
  };
  for (let segment = 0; segment < segments; segment += 1) {
    const end = cmap.readUInt16BE(ends + segment * 2);
    const start = cmap.readUInt16BE(starts + segment * 2);
    const delta = cmap.readUInt16BE(deltas + segment * 2);
    const rangeOffsetAt = rangeOffsets + segment * 2;
    const rangeOffset = cmap.readUInt16BE(rangeOffsetAt);
    for (let code = start; code <= end && code !== 0xffff; code += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const glyphAt = rangeOffsetAt + rangeOffset + (code - start) * 2;
        if (glyphAt + 2 > cmap.length) break;
        const raw = cmap.readUInt16BE(glyphAt);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) add(code);
    }
  }
  return ranges;
}

/** The characters a face's cmap maps to glyphs, from its best Unicode subtable. */
function cmapRanges(reader: FontReader, table: { offset: number; length: number }): number[] {
  const cmap = reader.read(table.offset, table.length);
  const count = cmap.readUInt16BE(2);
  let best: { rank: number; at: number } | undefined;
  for (let index = 0; index < count; index += 1) {
    const platform = cmap.readUInt16BE(4 + index * 8);
    const encoding = cmap.readUInt16BE(6 + index * 8);
    const at = cmap.readUInt32BE(8 + index * 8);
    if (at + 4 > cmap.length) continue;
    const format = cmap.readUInt16BE(at);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 4 && format !== 12)) continue;
    const rank = format === 12 ? 2 : 1;
    if (!best || rank > best.rank) best = { rank, at };
  }
  if (!best) return [];
  return cmap.readUInt16BE(best.at) === 12
    ? format12Ranges(cmap, best.at)
    : format4Ranges(cmap, best.at);
}

function sortedRanges(ranges: number[]): Uint32Array {
  const pairs: [number, number][] = [];
  for (let index = 0; index + 1 < ranges.length; index += 2)
    pairs.push([ranges[index] as number, ranges[index + 1] as number]);
  pairs.sort((a, b) => a[0] - b[0]);
  const merged: number[] = [];
  for (const [first, last] of pairs) {
    const end = merged.length - 1;
    if (end > 0 && first <= (merged[end] as number) + 1)
      merged[end] = Math.max(merged[end] as number, last);
    else merged.push(first, last);
  }
  return Uint32Array.from(merged);
}

function readFace(reader: FontReader, at: number, index: number): FontFace | undefined {
  const tables = tableDirectory(reader, at);
  const cmap = tables.cmap;
  if (!cmap) return undefined;
  const os2 = tables['OS/2'];
  let weight = 400;
  let italic = false;
  if (os2 && os2.length >= 64) {
    const head = reader.read(os2.offset, 64);
    weight = head.readUInt16BE(4);
    italic = (head.readUInt16BE(62) & 1) === 1;
  }
  return { index, ranges: sortedRanges(cmapRanges(reader, cmap)), weight, italic };
}

/**
 * The faces of a TrueType or OpenType font file or collection (.ttf, .otf, .ttc), each with the
 * characters it covers, read from the cmap without loading the whole file.
 */
export function readFontFaces(path: string): FontFace[] {
  const reader = new FontReader(path);
  try {
    const head = reader.read(0, 12);
    const tag = head.toString('latin1', 0, 4);
    const starts: number[] = [];
    if (tag === 'ttcf') {
      const count = head.readUInt32BE(8);
      const offsets = reader.read(12, count * 4);
      for (let index = 0; index < count; index += 1) starts.push(offsets.readUInt32BE(index * 4));
    } else if (tag === 'OTTO' || tag === 'true' || head.readUInt32BE(0) === 0x00010000)
      starts.push(0);
    else return [];
    return starts.flatMap((at, index) => readFace(reader, at, index) ?? []);
  } finally {
    reader.close();
  }
}

/** Whether the ranges (see FontFace) hold the code point. */
export function covers(ranges: Uint32Array, code: number): boolean {
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (code < (ranges[middle * 2] as number)) high = middle - 1;
    else if (code > (ranges[middle * 2 + 1] as number)) low = middle + 1;
    else return true;
  }
  return false;
}
