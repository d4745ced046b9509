/**
 * Base64 without Node's Buffer or the DOM's atob, so the same checks run in main, the renderer and
 * the engagement file's validation. Logos travel as base64 text in JSON (IPC, the safety journal,
 * engagement files).
 */
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const values = new Int16Array(128).fill(-1);
for (let index = 0; index < alphabet.length; index += 1) values[alphabet.charCodeAt(index)] = index;

/** Canonical base64: whole groups of four, padding only at the end. */
export const base64Pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The number of base64 characters that hold this many bytes. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

export function encodeBase64(bytes: Uint8Array): string {
  let text = '';
  const chunk: string[] = [];
  for (let index = 0; index < bytes.length; index += 3) {
    const a = bytes[index] ?? 0;
    const b = bytes[index + 1] ?? 0;
    const c = bytes[index + 2] ?? 0;
    const left = bytes.length - index;
    chunk.push(
      alphabet.charAt(a >> 2) +
        alphabet.charAt(((a & 3) << 4) | (b >> 4)) +
        (left > 1 ? alphabet.charAt(((b & 15) << 2) | (c >> 6)) : '=') +
        (left > 2 ? alphabet.charAt(c & 63) : '='),
    );
    if (chunk.length === 4096) {
      text += chunk.join('');
      chunk.length = 0;
    }
  }
  return text + chunk.join('');
}

/** The bytes of canonical base64; throws a RangeError for anything else. */
export function decodeBase64(text: string): Uint8Array {
  if (!base64Pattern.test(text)) throw new RangeError('This is not base64 text.');
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let at = 0;
  for (let index = 0; index < text.length; index += 4) {
    const a = values[text.charCodeAt(index)] ?? 0;
    const b = values[text.charCodeAt(index + 1)] ?? 0;
    const c = Math.max(0, values[text.charCodeAt(index + 2)] ?? 0);
    const d = Math.max(0, values[text.charCodeAt(index + 3)] ?? 0);
    const triple = (a << 18) | (b << 12) | (c << 6) | d;
    if (at < bytes.length) bytes[at++] = triple >> 16;
    if (at < bytes.length) bytes[at++] = (triple >> 8) & 255;
    if (at < bytes.length) bytes[at++] = triple & 255;
  }
  return bytes;
}
