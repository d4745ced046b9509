import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch, UserFacingError } from '../../../main/ipc/dispatch';
import { agendaSnapshot } from '../agenda-snapshot-fixture';
import { handlerSpies } from './handler-spies';

const spyHandlers = handlerSpies;

const valid = agendaSnapshot();
const malformed: [string, unknown, RegExp][] = [
  ['nothing at all', undefined, /expected object/i],
  ['a string', 'export please', /expected object/i],
  ['an empty object', {}, /engagement/],
  [
    'a negative agenda length',
    { ...valid, agenda: [{ title: 'Intro', minutes: -5, owner: '' }] },
    /An agenda item needs at least 1 minute\. \(agenda\.0\.minutes\)/,
  ],
  [
    'an absurd agenda length',
    { ...valid, agenda: [{ title: 'Intro', minutes: 1e9, owner: '' }] },
    /An agenda item can be at most 480 minutes\./,
  ],
  [
    'minutes that are not a number',
    { ...valid, agenda: [{ title: 'Intro', minutes: Number.NaN, owner: '' }] },
    /Minutes must be a number\./,
  ],
  [
    'a negative session length',
    { ...valid, session: { ...valid.session, lengthMinutes: -60 } },
    /A session needs at least 15 minutes\./,
  ],
  [
    'a 10,000-character client name',
    { ...valid, engagement: { ...valid.engagement, clientName: 'x'.repeat(10_000) } },
    /Client name can be at most 200 characters\./,
  ],
  [
    'too many agenda items',
    {
      ...valid,
      agenda: Array.from({ length: 101 }, () => ({ title: 'x', minutes: 5, owner: '' })),
    },
    /An agenda can have at most 100 items\./,
  ],
  [
    'a start time that is not a time',
    { ...valid, session: { ...valid.session, startTime: '25:99' } },
    /Use a time like 09:30\./,
  ],
];

afterEach(() => vi.restoreAllMocks());

describe('dispatch', () => {
  it.each(malformed)(
    'refuses %s with a readable reason and never runs the handler',
    async (_what, payload, reason) => {
      const handlers = spyHandlers();
      const result = await dispatch(handlers, 'exportAgendaDocx', payload);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('invalid-request');
      expect(result.error.message).toMatch(/^Session Studio refused the request: /);
      expect(result.error.message).toMatch(reason);
      expect(handlers.exportAgendaDocx).not.toHaveBeenCalled();
    },
  );

  it('hands the handler the parsed request and wraps its answer', async () => {
    const handlers = spyHandlers();
    const result = await dispatch(handlers, 'exportAgendaDocx', { ...valid, extra: 'dropped' });
    expect(result).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(handlers.exportAgendaDocx).toHaveBeenCalledWith(valid);
  });

  it('refuses a payload where none is expected', async () => {
    const handlers = spyHandlers();
    const result = await dispatch(handlers, 'getAppInfo', { anything: true });
    expect(result.ok).toBe(false);
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
  });

  it('passes on a failure meant for the consultant as it was worded', async () => {
    const handlers = spyHandlers({
      exportAgendaDocx: async () => {
        throw new UserFacingError('The disk is full, so agenda.docx could not be saved.');
      },
    });
    expect(await dispatch(handlers, 'exportAgendaDocx', valid)).toEqual({
      ok: false,
      error: { code: 'failed', message: 'The disk is full, so agenda.docx could not be saved.' },
    });
  });

  it('turns an unexpected failure into a plain message that leaks no internals', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handlers = spyHandlers({
      exportAgendaDocx: async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'secret')");
      },
    });
    expect(await dispatch(handlers, 'exportAgendaDocx', valid)).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'Something went wrong in Session Studio. Nothing was changed.',
      },
    });
    expect(logged).toHaveBeenCalledOnce();
  });
});
