/** Version n of the file the kill test writes: large, and telling from its first line which it is. */
export function fileVersion(version: number): Buffer {
  return Buffer.from(`version ${version}\n${`${version} `.repeat(400_000)}\nend ${version}\n`);
}

/** The version a file's bytes are, whole; null when they are anything else (a torn file). */
export function wholeVersion(bytes: Buffer): number | null {
  const match = /^version (\d+)\n/.exec(bytes.subarray(0, 40).toString());
  if (!match) return null;
  const version = Number(match[1]);
  return bytes.equals(fileVersion(version)) ? version : null;
}
