import { z } from 'zod';

/**
 * A passphrase protects a file that may travel (e-mail, USB stick), so a new one must be long
 * enough that guessing it through scrypt's cost is hopeless; a sentence is easier than symbols.
 */
export const passphraseLimits = { minLength: 10, maxLength: 1024 } as const;

const tooShort = `A passphrase needs at least ${passphraseLimits.minLength} characters; a short sentence is easy to remember and hard to guess.`;
const tooLong = `A passphrase can be at most ${passphraseLimits.maxLength} characters.`;

/** A passphrase to protect a file with. */
export const newPassphraseSchema = z
  .string()
  .min(passphraseLimits.minLength, tooShort)
  .max(passphraseLimits.maxLength, tooLong);

/** A passphrase to open a file with: whatever was typed, the file decides. */
export const passphraseSchema = z.string().max(passphraseLimits.maxLength, tooLong);

/** What is wrong with a new passphrase and its repetition, or null when it can be used. */
export function newPassphraseProblem(passphrase: string, repeated: string): string | null {
  const parsed = newPassphraseSchema.safeParse(passphrase);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? tooShort;
  if (passphrase !== repeated) return 'The two passphrases are not the same.';
  return null;
}
