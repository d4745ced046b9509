import type { z } from 'zod';

/** A write refused because of what was typed; the message is for the consultant. */
export class ValidationError extends Error {
  override name = 'ValidationError';
}

export function validate<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new ValidationError(parsed.error.issues[0]?.message ?? 'That value is not valid.');
  return parsed.data;
}

export function newId(): string {
  return crypto.randomUUID();
}
