import { beforeEach, describe, expect, it } from 'vitest';
import { wholeWorkingPlan } from '../../../../shared/domain/document-choices';
import { actionItemRepository } from '../../../../renderer/src/db/repositories/action-item-repository';
import { agendaRepository } from '../../../../renderer/src/db/repositories/agenda-repository';
import { brandChannelRepository } from '../../../../renderer/src/db/repositories/brand-channel-repository';
import { campaignRepository } from '../../../../renderer/src/db/repositories/campaign-repository';
import { journeyPhaseRepository } from '../../../../renderer/src/db/repositories/journey-phase-repository';
import { participantRepository } from '../../../../renderer/src/db/repositories/participant-repository';
import { planRepository } from '../../../../renderer/src/db/repositories/plan-repository';
import { sessionNoteRepository } from '../../../../renderer/src/db/repositories/session-note-repository';
import { sessionRepository } from '../../../../renderer/src/db/repositories/session-repository';
import { readMarketingPlan } from '../../../../renderer/src/features/document-exports/read-marketing-plan';
import { readSessionSummary } from '../../../../renderer/src/features/document-exports/read-session-summary';
import { marketingPlanSnapshotSchema } from '../../../../shared/documents/marketing-plan-snapshot';
import { sessionSummarySnapshotSchema } from '../../../../shared/documents/session-summary-snapshot';
import type { Engagement } from '../../../../shared/domain/engagement';
import type { Session } from '../../../../shared/domain/session';
import { freshKickOffSession } from '../session-test-data';

let engagement: Engagement;
let session: Session;
beforeEach(async () => {
  ({ engagement, session } = await freshKickOffSession());
});

describe('reading a session summary before exporting it', () => {
  it('reads the latest stored rows, not what the screen was given', async () => {
    const dana = await participantRepository.create(engagement.id, session.id, {
      name: 'Dana',
      attendance: 'attended',
    });
    await agendaRepository.add(session.id, { title: 'Welcome', minutes: 10 });
    await sessionNoteRepository.addEntry(session.id, 'decision', 'Go to Norway first.');
    await actionItemRepository.create(engagement.id, session.id, {
      what: 'Draft the page',
      ownerParticipantId: dana,
      ownerName: 'Dana',
    });
    await sessionRepository.update(session.id, { purpose: 'Typed after the screen loaded' });
    await participantRepository.update(dana, { name: 'Dana Lee' });

    const snapshot = await readSessionSummary(engagement, session, 'working');
    expect(sessionSummarySnapshotSchema.parse(snapshot)).toEqual(snapshot);
    expect(snapshot.session.purpose).toBe('Typed after the screen loaded');
    expect(snapshot.participants.map((person) => person.name)).toEqual(['Dana Lee']);
    expect(snapshot.agenda.map((item) => item.title)).toEqual(['Welcome']);
    expect(snapshot.decisions).toEqual(['Go to Norway first.']);
    expect(snapshot.actionItems.map((item) => [item.what, item.owner])).toEqual([
      ['Draft the page', 'Dana Lee'],
    ]);
  });
});

describe('reading the marketing plan before exporting it', () => {
  it('gathers every worksheet and the charts’ data, as the contract expects it', async () => {
    const [awareness, , conversion] = await journeyPhaseRepository.list(engagement.id);
    await journeyPhaseRepository.update(awareness!.id, { emotion: 1, conversionRate: 10 });
    await planRepository.update(engagement.id, { goalTarget: 50, goalPhaseId: conversion!.id });
    await brandChannelRepository.addNamed(engagement.id, 'Email');
    await campaignRepository.add(engagement.id, {
      name: 'Webinars',
      phaseId: awareness!.id,
      startDate: '2027-02-01',
      endDate: '2027-03-01',
    });

    const snapshot = await readMarketingPlan(engagement, wholeWorkingPlan);
    expect(marketingPlanSnapshotSchema.parse(snapshot)).toEqual(snapshot);
    expect(snapshot.preparedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(snapshot.journey.phases.map((phase) => phase.name)).toEqual([
      'Awareness',
      'Consideration',
      'Conversion',
      'Onboarding',
      'Advocacy',
    ]);
    expect(snapshot.campaigns.map((campaign) => [campaign.name, campaign.phase])).toEqual([
      ['Webinars', 'Awareness'],
    ]);
    expect(snapshot.charts.map((chart) => chart.kind)).toEqual([
      'tone-drift',
      'emotion-curve',
      'reverse-funnel',
      'campaign-timeline',
    ]);
  });

  it('sends no chart that has nothing to draw', async () => {
    const snapshot = await readMarketingPlan(engagement, wholeWorkingPlan);
    expect(snapshot.charts).toEqual([]);
  });
});
