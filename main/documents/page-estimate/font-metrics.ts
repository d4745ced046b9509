/**
 * The few numbers of a TrueType or OpenType font that lay a page out as Word does: each
 * character's advance width, and the height and descent of a single-spaced line, in ems. Word
 * neither kerns nor joins ligatures unless a run asks, and the deliverables never ask.
 */
export interface FontMetrics {
  name: string;
  bold: boolean;
  italic: boolean;
  /** A single-spaced line, in ems: ascent, descent and line gap (or the typographic ones). */
  lineHeight: number;
  descent: number;
  /** The advance width of a character in ems, or undefined when the font has no glyph for it. */
  advance(codePoint: number): number | undefined;
}

function tablesOf(view: DataView): Map<string, number> {
  const count = view.getUint16(4);
  const tables = new Map<string, number>();
  for (let index = 0; index < count; index += 1) {
    const record = 12 + index * 16;
    const tag = String.fromCharCode(
      view.getUint8(record),
      view.getUint8(record + 1),
      view.getUint8(record + 2),
      view.getUint8(record + 3),
    );
    tables.set(tag, view.getUint32(record + 8));
  }
  return tables;
}

/** The font's name (family, from the name table's Windows or Unicode records), or ''. */
function familyName(view: DataView, table: number | undefined): string {
  if (table === undefined) return '';
  const count = view.getUint16(table + 2);
  const strings = table + view.getUint16(table + 4);
  for (let index = 0; index < count; index += 1) {
    const record = table + 6 + index * 12;
    const platform = view.getUint16(record);
    const nameId = view.getUint16(record + 6);
    if (nameId !== 1 || (platform !== 3 && platform !== 0)) continue;
    const length = view.getUint16(record + 8);
    const offset = strings + view.getUint16(record + 10);
    let name = '';
    for (let at = 0; at < length; at += 2) name += String.fromCharCode(view.getUint16(offset + at));
    return name;
  }
  return '';
}

/** Maps a code point to a glyph through the Unicode character map (format 12, else 4). */
function characterMap(view: DataView, table: number): (code: number) => number {
  const count = view.getUint16(table + 2);
  let format4: number | undefined;
  for (let index = 0; index < count; index += 1) {
    const record = table + 4 + index * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const offset = table + view.getUint32(record + 4);
    const format = view.getUint16(offset);
    if (format === 12) {
      const groups = view.getUint32(offset + 12);
      return (code) => {
        for (let group = 0; group < groups; group += 1) {
          const at = offset + 16 + group * 12;
          if (view.getUint32(at + 4) < code) continue;
          const start = view.getUint32(at);
          return start > code ? 0 : view.getUint32(at + 8) + code - start;
        }
        return 0;
      };
    }
    if (format === 4) format4 ??= offset;
  }
  if (format4 === undefined) throw new Error('The font has no Unicode character map.');
  const offset = format4;
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (code) => {
    for (let segment = 0; segment < segments; segment += 1) {
      if (view.getUint16(ends + segment * 2) < code) continue;
      const start = view.getUint16(starts + segment * 2);
      if (start > code) return 0;
      const delta = view.getUint16(deltas + segment * 2);
      const rangeOffset = view.getUint16(rangeOffsets + segment * 2);
      if (rangeOffset === 0) return (code + delta) % 65536;
      const glyph = view.getUint16(rangeOffsets + segment * 2 + rangeOffset + (code - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) % 65536;
    }
    return 0;
  };
}

/** Reads a font file (a single font, .ttf or .otf). */
export function readFontMetrics(data: Uint8Array): FontMetrics {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const tables = tablesOf(view);
  const head = tables.get('head');
  const hhea = tables.get('hhea');
  const hmtx = tables.get('hmtx');
  const cmap = tables.get('cmap');
  if (head === undefined || hhea === undefined || hmtx === undefined || cmap === undefined)
    throw new Error('The font lacks a table a layout needs.');
  const unitsPerEm = view.getUint16(head + 18);
  const macStyle = view.getUint16(head + 44);
  const ascender = view.getInt16(hhea + 4);
  const descender = view.getInt16(hhea + 6);
  const lineGap = view.getInt16(hhea + 8);
  const metricCount = view.getUint16(hhea + 34);
  const os2 = tables.get('OS/2');
  const selection = os2 === undefined ? 0 : view.getUint16(os2 + 62);
  // fsSelection's USE_TYPO_METRICS: the typographic ascent, descent and gap make the line.
  const typographic = os2 !== undefined && (selection & 128) !== 0;
  const lineHeight =
    os2 !== undefined && typographic
      ? view.getInt16(os2 + 68) - view.getInt16(os2 + 70) + view.getInt16(os2 + 72)
      : ascender - descender + lineGap;
  const descent = os2 !== undefined && typographic ? -view.getInt16(os2 + 70) : -descender;
  const glyphOf = characterMap(view, cmap);
  const advances = new Map<number, number | undefined>();
  return {
    name: familyName(view, tables.get('name')),
    bold: os2 === undefined ? (macStyle & 1) !== 0 : (selection & 32) !== 0,
    italic: os2 === undefined ? (macStyle & 2) !== 0 : (selection & 1) !== 0,
    lineHeight: lineHeight / unitsPerEm,
    descent: descent / unitsPerEm,
    advance(codePoint) {
      // One look-up for the characters the font has, a second only for those it lacks.
      const known = advances.get(codePoint);
      if (known !== undefined || advances.has(codePoint)) return known;
      const glyph = glyphOf(codePoint);
      const advance =
        glyph === 0
          ? undefined
          : view.getUint16(hmtx + Math.min(glyph, metricCount - 1) * 4) / unitsPerEm;
      advances.set(codePoint, advance);
      return advance;
    },
  };
}
