import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeZodError, fail, ok } from '../../../shared/ipc/result';

describe('IPC results', () => {
  it('wraps values and failures in one shape', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(fail('forbidden', 'No.')).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'No.' },
    });
  });

  it('describes a refused payload in one sentence, with where the problem is', () => {
    const schema = z.object({
      agenda: z.array(z.object({ minutes: z.number().min(1, 'At least 1 minute.') })),
    });
    const parsed = schema.safeParse({ agenda: [{ minutes: 5 }, { minutes: -2 }] });
    expect(parsed.success).toBe(false);
    if (!parsed.success)
      expect(describeZodError(parsed.error)).toBe('At least 1 minute. (agenda.1.minutes)');
  });

  it('has a plain sentence even without issues or a path', () => {
    expect(describeZodError(new z.ZodError([]))).toBe('The request was not valid.');
    const parsed = z.string().safeParse(42);
    if (!parsed.success) expect(describeZodError(parsed.error)).not.toContain('()');
  });
});
