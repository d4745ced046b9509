/** At most this many characters of a value are quoted back in a message. */
const maxQuoted = 60;

/**
 * A value from the file, in quotes, cut short when long: a damaged or hostile file can hold a
 * megabyte-long id or key, and a message must stay a line a consultant can read.
 */
export function quoted(value: string): string {
  const chars = [...value];
  return chars.length <= maxQuoted
    ? `“${value}”`
    : `“${chars.slice(0, maxQuoted - 1).join('')}…” (${chars.length.toLocaleString('en')} characters)`;
}
