import { z } from 'zod';

export const ipcErrorCodes = ['invalid-request', 'forbidden', 'failed', 'unavailable'] as const;
export type IpcErrorCode = (typeof ipcErrorCodes)[number];

export interface IpcError {
  code: IpcErrorCode;
  message: string;
}

/** Every call across the process boundary answers with a result, never a thrown error. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ipcErrorSchema = z.object({ code: z.enum(ipcErrorCodes), message: z.string() });

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail(code: IpcErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

/** Turns a zod failure into one sentence a consultant can read. */
export function describeZodError(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'The request was not valid.';
  const where = first.path.length > 0 ? ` (${first.path.join('.')})` : '';
  return `${first.message}${where}`;
}
