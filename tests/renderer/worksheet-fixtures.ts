import type { Engagement } from '../../shared/domain/engagement';
import type { Session } from '../../shared/domain/session';

/** An engagement as a worksheet receives it, for component tests. */
export function testEngagement(overrides: Partial<Engagement> = {}): Engagement {
  return {
    id: 'e1',
    clientName: 'Acme Robotics',
    title: 'Growth plan',
    industry: '',
    consultantName: '',
    firmName: '',
    startDate: '2026-11-22',
    createdAt: 1,
    updatedAt: 1,
    lastOpenedAt: 1,
    archivedAt: 0,
    deletedAt: 0,
    ...overrides,
  };
}

/** A session of testEngagement(), for component tests. */
export function testSession(overrides: Partial<Session> = {}): Session {
  return {
    id: 's1',
    engagementId: 'e1',
    title: 'Kick-off session',
    date: '2026-11-30',
    location: '',
    startTime: '09:00',
    lengthMinutes: 180,
    purpose: '',
    ultimateGoal: '',
    immediateGoals: '',
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  };
}
