import type { AgendaSnapshot } from '../../shared/documents/agenda-snapshot';
import { defaultDeliverableBranding } from '../../shared/documents/deliverable-branding';

/** A realistic agenda pre-read, as the renderer sends it to main. */
export function agendaSnapshot(overrides: Partial<AgendaSnapshot> = {}): AgendaSnapshot {
  return {
    engagement: {
      clientName: 'Acme Robotics',
      title: 'FY27 growth plan',
      industry: 'Industrial automation',
      consultantName: 'Dana Reyes',
      firmName: 'Northwind Strategy',
      startDate: '2026-11-02',
    },
    branding: defaultDeliverableBranding,
    version: 'working',
    session: {
      title: 'Kick-off session',
      date: '2026-11-30',
      location: 'Acme HQ',
      startTime: '09:00',
      lengthMinutes: 120,
      purpose: 'Agree on three objectives for Q1 that sales and marketing both own.',
      ultimateGoal: 'Grow new-customer revenue 20% by next year.',
      immediateGoals: 'Name the three objectives\nName an owner for each',
    },
    agenda: [
      { title: 'Welcome & purpose', minutes: 15, owner: 'Dana' },
      { title: 'Situation review', minutes: 45, owner: 'Sam (Sales)' },
      { title: 'Objectives & owners', minutes: 30, owner: 'Lee' },
    ],
    participants: [
      {
        name: 'Dana Reyes',
        title: 'Consultant',
        organisation: 'Northwind Strategy',
        role: 'strategist',
        email: 'dana@northwind.example',
      },
      {
        name: 'Sam Okafor',
        title: 'Head of sales',
        organisation: 'Acme Robotics',
        role: 'sales',
        email: '',
      },
    ],
    ...overrides,
  };
}
