import { describe, expect, it } from 'vitest';
import { CliError } from '../../../main/cli/cli-error';
import { chooseSession } from '../../../main/cli/choose-session';
import type { Session } from '../../../shared/domain/session';

const session = (id: string, title: string, date = '2026-11-30'): Session => ({
  id,
  engagementId: 'e1',
  title,
  date,
  location: '',
  startTime: '09:00',
  lengthMinutes: 120,
  purpose: '',
  ultimateGoal: '',
  immediateGoals: '',
  createdAt: 1,
  updatedAt: 1,
});

const kickOff = session('s1', 'Kick-off session');
const refresh = session('s2', 'Quarterly refresh', '2027-03-01');

describe('choosing the session a summary or agenda is for', () => {
  it('takes the only session, or the one named by id or by title in any case', () => {
    expect(chooseSession([kickOff], null)).toBe(kickOff);
    expect(chooseSession([kickOff, refresh], 's2')).toBe(refresh);
    expect(chooseSession([kickOff, refresh], 'QUARTERLY REFRESH')).toBe(refresh);
  });

  it('lists the sessions when the name fits none, several, or is left out among several', () => {
    expect(() => chooseSession([kickOff, refresh], null)).toThrow(
      new CliError(
        'The engagement has 2 sessions; name one with --session <title or id>:\n' +
          '  “Kick-off session” (2026-11-30, id s1)\n' +
          '  “Quarterly refresh” (2027-03-01, id s2)',
      ),
    );
    expect(() => chooseSession([kickOff], 'Retro')).toThrow(
      /^No session is called “Retro”\. The sessions are:\n {2}“Kick-off session”/,
    );
    const twin = session('s3', 'Kick-off session', '2027-01-10');
    expect(() => chooseSession([kickOff, twin], 'kick-off session')).toThrow(
      /^2 sessions are called “kick-off session”; name one by its id:/,
    );
    expect(() => chooseSession([], null)).toThrow(
      'The engagement has no session yet, so it has no summary or agenda.',
    );
  });
});
