import type { EnvelopeFailure } from './passphrase-envelope';

/** One sentence per reason a protected file did not open, naming the file. */
export function describeEnvelopeFailure(
  failure: Exclude<EnvelopeFailure, 'not-sealed'>,
  fileName: string,
): string {
  switch (failure) {
    case 'wrong-passphrase':
      return `This passphrase does not open “${fileName}”. Check it (capital letters, spaces) and try again.`;
    case 'tampered':
      return `“${fileName}” was changed or damaged after it was protected, so it was not opened. Ask for a new copy of it.`;
    case 'newer':
      return `“${fileName}” was protected by a newer Session Studio. Update Session Studio on this laptop to open it.`;
    case 'damaged':
      return `“${fileName}” is a protected Session Studio file, but its header is damaged, so it cannot be opened. Ask for a new copy of it.`;
  }
}
