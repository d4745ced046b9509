import { isAtRestRecord, type AtRestCipher } from './at-rest-cipher';

/**
 * How a text is kept on disk at rest: each of its lines (with its newline) sealed as one record
 * line. A file's text of one line (a unit file, a manifest) is one record; a journal gains one
 * record per append. Reading gives back the text exactly, and says where each record ends both in
 * the text and on disk, so cutting the text back at a record's end (a torn journal tail) cuts the
 * file at the matching place.
 */
export function sealRecords(cipher: AtRestCipher, text: string): string {
  let sealed = '';
  for (const line of linesOf(text)) sealed += `${cipher.seal(line)}\n`;
  return sealed;
}

/** The text's lines, each with its newline; the last without one when the text does not end in one. */
function linesOf(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline + 1;
    lines.push(text.slice(start, end));
    start = end;
  }
  return lines;
}

export interface OpenedRecords {
  text: string;
  /** After each complete line on disk: the bytes of text so far, and of the file so far. */
  ends: { textBytes: number; fileBytes: number }[];
  /** A record line that does not open is kept as it is on disk, so it reads as damaged. */
  damaged: number;
  /** Lines that were not sealed: a file written before the copy was protected. */
  plain: number;
}

/**
 * The text a file holds. A sealed line gives its text; a line that is not sealed (written before
 * protection began) is text as it is; a sealed line that does not open stays as it is on disk,
 * which no reader accepts, so it counts as damaged where it is read. A last line without its
 * newline (an append a crash cut off) stays as it is too: the journal's reader cuts it off.
 */
export function openRecords(cipher: AtRestCipher | null, disk: string): OpenedRecords {
  const ends: OpenedRecords['ends'] = [];
  let text = '';
  let textBytes = 0;
  let fileBytes = 0;
  let damaged = 0;
  let plain = 0;
  let start = 0;
  while (start < disk.length) {
    const newline = disk.indexOf('\n', start);
    if (newline < 0) {
      text += disk.slice(start);
      break;
    }
    const line = disk.slice(start, newline);
    let piece: string;
    if (isAtRestRecord(line)) {
      const opened = cipher?.open(line) ?? null;
      if (opened === null) damaged += 1;
      piece = opened ?? `${line}\n`;
    } else {
      plain += 1;
      piece = `${line}\n`;
    }
    text += piece;
    textBytes += Buffer.byteLength(piece, 'utf8');
    fileBytes += Buffer.byteLength(line, 'utf8') + 1;
    ends.push({ textBytes, fileBytes });
    start = newline + 1;
  }
  return { text, ends, damaged, plain };
}

/**
 * Where to cut the file so that it holds the text's first `textBytes` bytes: at the end of the
 * last complete record within them (a cut inside a record keeps none of it).
 */
export function fileBytesAt(opened: OpenedRecords, textBytes: number): number {
  let fileBytes = 0;
  for (const end of opened.ends) {
    if (end.textBytes > textBytes) break;
    fileBytes = end.fileBytes;
  }
  return fileBytes;
}
