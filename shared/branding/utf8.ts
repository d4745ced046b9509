/**
 * Strict UTF-8 decoding without the DOM's or Node's TextDecoder, for shared checks of text files
 * (an SVG logo): null for bytes that are not well-formed UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array): string | null {
  const parts: string[] = [];
  let codes: number[] = [];
  let index = 0;
  const continuation = (at: number) => {
    const byte = bytes[at];
    return byte !== undefined && (byte & 0xc0) === 0x80 ? byte & 0x3f : -1;
  };
  while (index < bytes.length) {
    const first = bytes[index] as number;
    let code: number;
    if (first < 0x80) {
      code = first;
      index += 1;
    } else if (first >= 0xc2 && first <= 0xdf) {
      const b = continuation(index + 1);
      if (b < 0) return null;
      code = ((first & 0x1f) << 6) | b;
      index += 2;
    } else if (first >= 0xe0 && first <= 0xef) {
      const b = continuation(index + 1);
      const c = continuation(index + 2);
      if (b < 0 || c < 0) return null;
      code = ((first & 0x0f) << 12) | (b << 6) | c;
      // Overlong forms and UTF-16 surrogates are not UTF-8.
      if (code < 0x800 || (code >= 0xd800 && code <= 0xdfff)) return null;
      index += 3;
    } else if (first >= 0xf0 && first <= 0xf4) {
      const b = continuation(index + 1);
      const c = continuation(index + 2);
      const d = continuation(index + 3);
      if (b < 0 || c < 0 || d < 0) return null;
      code = ((first & 0x07) << 18) | (b << 12) | (c << 6) | d;
      if (code < 0x10000 || code > 0x10ffff) return null;
      index += 4;
    } else return null;
    codes.push(code);
    if (codes.length >= 8192) {
      parts.push(String.fromCodePoint(...codes));
      codes = [];
    }
  }
  parts.push(String.fromCodePoint(...codes));
  return parts.join('');
}
