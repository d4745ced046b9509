import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/data/row-digest';

/** SHA-256 of a text, as 64 hex digits: names unit files and checks every file before a restore. */
export function checksumOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The checksum of a manifest's content, its own checksum field left out. */
export function manifestChecksum(content: Record<string, unknown>): string {
  const { checksum: _left, ...rest } = content;
  return checksumOf(canonicalJson(rest));
}
