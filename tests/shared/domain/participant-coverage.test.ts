import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../shared/domain/participant';
import {
  joinNames,
  participantCoverage,
  participantLabel,
} from '../../../shared/domain/participant-coverage';

type Person = Pick<Participant, 'name' | 'role' | 'attendance'>;
const person = (
  name: string,
  role: Person['role'],
  attendance: Person['attendance'] = 'invited',
): Person => ({ name, role, attendance });

describe('participant coverage', () => {
  it('lists every recommended role as missing, and warns about sales, when nobody is listed', () => {
    const coverage = participantCoverage([]);
    expect(coverage.missing).toEqual([
      'marketing',
      'sales',
      'executive',
      'strategist',
      'message-developer',
    ]);
    expect(coverage.salesWarning).toBe(true);
    expect(coverage.sales.status).toBe('missing');
  });

  it('never counts "other" as a missing role', () => {
    const coverage = participantCoverage([person('Sam', 'other', 'attended')]);
    expect(coverage.roles.map((entry) => entry.role)).not.toContain('other');
    expect(coverage.missing).not.toContain('other');
  });

  it('counts an invited salesperson as expected in the room, not as missing', () => {
    const coverage = participantCoverage([person('Dana Lee', 'sales')]);
    expect(coverage.sales).toMatchObject({ status: 'expected', invited: ['Dana Lee'] });
    expect(coverage.salesWarning).toBe(false);
    expect(coverage.missing).not.toContain('sales');
  });

  it('warns when the only salespeople are marked absent, and names them', () => {
    const coverage = participantCoverage([
      person('Ana Ruiz', 'marketing', 'attended'),
      person('Dana Lee', 'sales', 'absent'),
      person('Bo Chen', 'sales', 'absent'),
    ]);
    expect(coverage.salesWarning).toBe(true);
    expect(coverage.sales).toMatchObject({ status: 'absent', absent: ['Dana Lee', 'Bo Chen'] });
    expect(coverage.missing).toContain('sales');
    expect(coverage.missing).not.toContain('marketing');
  });

  it('is satisfied by one salesperson who attended even when another is absent', () => {
    const coverage = participantCoverage([
      person('Dana Lee', 'sales', 'absent'),
      person('Bo Chen', 'sales', 'attended'),
    ]);
    expect(coverage.sales.status).toBe('in-room');
    expect(coverage.salesWarning).toBe(false);
  });

  it('counts attendance and covers every role once each is in the room', () => {
    const coverage = participantCoverage([
      person('Ana', 'marketing', 'attended'),
      person('Dana', 'sales', 'attended'),
      person('Eli', 'executive', 'invited'),
      person('Sol', 'strategist', 'attended'),
      person('Mo', 'message-developer', 'attended'),
      person('Zed', 'other', 'absent'),
    ]);
    expect(coverage.missing).toEqual([]);
    expect(coverage.counts).toEqual({ attended: 4, invited: 1, absent: 1 });
  });

  it('names an unnamed participant by place in the list', () => {
    expect(participantLabel({ name: '  ' }, 2)).toBe('participant 3 (no name yet)');
    expect(participantCoverage([person('', 'sales', 'absent')]).sales.absent).toEqual([
      'participant 1 (no name yet)',
    ]);
  });

  it('joins names for a sentence', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A and B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
