/** A file name that is safe on Windows, macOS and Linux, built from what the consultant typed. */
export function safeFileName(parts: readonly string[], extension: string): string {
  const base = parts
    .map((part) =>
      part
        .normalize('NFC')
        // Control characters are invalid in file names on every platform.
        // eslint-disable-next-line no-control-regex
        .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
        .trim(),
    )
    .filter((part) => part !== '')
    .join(' - ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120)
    .trim();
  return `${base === '' ? 'Session Studio' : base}.${extension}`;
}
