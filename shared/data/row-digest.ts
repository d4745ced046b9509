/**
 * Fingerprints of rows and tables, computed the same way in the renderer (over IndexedDB) and in
 * main (over the safety copy), so a startup check can tell in one comparison per table whether the
 * two copies hold the same rows. Not cryptographic: it detects differences, it does not defend
 * against forgery (both copies are the consultant's own).
 */

/**
 * JSON with object keys sorted. It follows JSON's rules for `undefined` (dropped in objects, null
 * in arrays) so a row hashes the same whether it crossed IPC by structured clone or as JSON.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const record = item as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, record[key]]),
    );
  });
}

/** A 64-bit string hash (cyrb53's mixing, both halves kept) as 16 hex digits. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return hex32(h1) + hex32(h2);
}

const hex32 = (value: number) => (value >>> 0).toString(16).padStart(8, '0');

export function rowHash(row: unknown): string {
  return hashText(canonicalJson(row));
}

/**
 * A table's fingerprint: its row count and the XOR of its rows' hashes. XOR lets main keep it up
 * to date on every write (remove the old row's hash, add the new one) without re-reading the table;
 * keys are unique within a table, so equal rows never cancel each other out.
 */
export class TableDigest {
  private count = 0;
  private high = 0;
  private low = 0;

  add(hash: string): void {
    this.count += 1;
    this.mix(hash);
  }

  remove(hash: string): void {
    this.count -= 1;
    this.mix(hash);
  }

  get rows(): number {
    return this.count;
  }

  toString(): string {
    return `${this.count}:${hex32(this.high)}${hex32(this.low)}`;
  }

  /** A digest from its toString(); an unreadable one reads as empty. */
  static parse(text: string | undefined): TableDigest {
    const digest = new TableDigest();
    const match = /^(-?\d+):([0-9a-f]{8})([0-9a-f]{8})$/.exec(text ?? '');
    if (match) {
      digest.count = Number(match[1]);
      digest.high = parseInt(match[2]!, 16) >>> 0;
      digest.low = parseInt(match[3]!, 16) >>> 0;
    }
    return digest;
  }

  private mix(hash: string): void {
    this.high = (this.high ^ parseInt(hash.slice(0, 8), 16)) >>> 0;
    this.low = (this.low ^ parseInt(hash.slice(8, 16), 16)) >>> 0;
  }
}

export function digestOf(rows: Iterable<unknown>): TableDigest {
  const digest = new TableDigest();
  for (const row of rows) digest.add(rowHash(row));
  return digest;
}
