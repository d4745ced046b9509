import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionStudioDatabase } from '../../../renderer/src/db/database';

const name = 'upgrade-test';

afterEach(async () => {
  await Dexie.delete(name);
});

const v1Stores = {
  engagements: 'id, deletedAt, lastOpenedAt',
  sessions: 'id, engagementId',
  agendaItems: 'id, sessionId',
};

describe('database versions', () => {
  it('opens data written by version 1 and keeps every row', async () => {
    const v1 = new Dexie(name);
    v1.version(1).stores(v1Stores);
    await v1
      .table('engagements')
      .add({ id: 'e1', clientName: 'Acme', title: 'Plan', deletedAt: 0, lastOpenedAt: 1 });
    await v1.table('sessions').add({ id: 's1', engagementId: 'e1', title: 'Kick-off' });
    await v1
      .table('agendaItems')
      .add({ id: 'a1', sessionId: 's1', title: 'Welcome', minutes: 10, position: 1 });
    v1.close();

    const current = new SessionStudioDatabase(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(3);
    expect(await current.engagements.get('e1')).toMatchObject({ clientName: 'Acme' });
    expect(await current.sessions.get('s1')).toMatchObject({ title: 'Kick-off' });
    expect(await current.agendaItems.get('a1')).toMatchObject({ title: 'Welcome', minutes: 10 });
    expect(await current.actionItems.count()).toBe(0);
    current.close();
  });

  it('gives agenda items written by version 2 an empty actual time, keeping the rest', async () => {
    const v2 = new Dexie(name);
    v2.version(1).stores(v1Stores);
    v2.version(2).stores({
      participants: 'id, sessionId',
      actionItems: 'id, engagementId, sessionId',
    });
    await v2.table('agendaItems').add({
      id: 'a1',
      sessionId: 's1',
      title: 'Objectives',
      minutes: 45,
      owner: 'Dana',
      position: 2,
    });
    await v2.table('sessions').add({ id: 's1', engagementId: 'e1', title: 'Kick-off' });
    await v2.table('participants').add({ id: 'p1', sessionId: 's1', name: 'Dana' });
    v2.close();

    const current = new SessionStudioDatabase(name);
    await current.open();
    expect(await current.agendaItems.get('a1')).toEqual({
      id: 'a1',
      sessionId: 's1',
      title: 'Objectives',
      minutes: 45,
      owner: 'Dana',
      position: 2,
      actualMinutes: null,
    });
    expect(await current.table('participants').get('p1')).toMatchObject({
      name: 'Dana',
      engagementId: 'e1',
    });
    current.close();
  });

  it('gives rows written by version 3 the fields version 5 added, keeping the rest', async () => {
    const v3 = new Dexie(name);
    v3.version(1).stores(v1Stores);
    v3.version(2).stores({
      participants: 'id, sessionId',
      sessionNotes: 'id, sessionId',
      actionItems: 'id, engagementId, sessionId',
      industryTrends: 'id, engagementId',
      objections: 'id, engagementId',
      plans: 'engagementId',
      campaigns: 'id, engagementId, phaseId',
    });
    v3.version(3).stores({
      participants: 'id, sessionId, engagementId',
      facilitatorClocks: 'sessionId, engagementId',
    });
    await v3
      .table('participants')
      .add({ id: 'p1', sessionId: 's1', engagementId: 'e1', name: 'Dana' });
    await v3
      .table('campaigns')
      .add({ id: 'c1', engagementId: 'e1', name: 'Webinars', budget: 5000 });
    await v3.table('plans').add({ engagementId: 'e1', goalTarget: 120 });
    await v3.table('industryTrends').add({ id: 't1', engagementId: 'e1', horizon: 'now' });
    await v3.table('objections').add({ id: 'o1', engagementId: 'e1', objection: 'Too dear' });
    v3.close();

    const current = new SessionStudioDatabase(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(5);
    expect(await current.table('participants').get('p1')).toEqual({
      id: 'p1',
      sessionId: 's1',
      engagementId: 'e1',
      name: 'Dana',
      email: '',
    });
    expect(await current.table('campaigns').get('c1')).toMatchObject({
      budget: 5000,
      type: null,
      budgetCurrency: '',
    });
    expect(await current.table('plans').get('e1')).toMatchObject({ goalTarget: 120, currency: '' });
    expect(await current.table('industryTrends').get('t1')).toMatchObject({
      horizon: 'now',
      horizonYears: null,
    });
    expect(await current.table('objections').get('o1')).toMatchObject({ phaseId: '' });
    expect(await current.table('salesHandoffs').count()).toBe(0);
    current.close();
  });

  it('opens data written by version 6 with the branding and export-choice tables empty', async () => {
    const v6 = new Dexie(name);
    v6.version(1).stores(v1Stores);
    v6.version(2).stores({ brandProfiles: 'engagementId' });
    v6.version(3).stores({ facilitatorClocks: 'sessionId, engagementId' });
    v6.version(5).stores({ salesHandoffs: 'engagementId' });
    v6.version(6).stores({ unitDigests: 'unit' });
    await v6.table('engagements').add({ id: 'e1', clientName: 'Acme', deletedAt: 0 });
    await v6.table('brandProfiles').add({ engagementId: 'e1', wordsToUse: ['reliable'] });
    await v6.table('salesHandoffs').add({ engagementId: 'e1', criteria: 'Budget agreed' });
    v6.close();

    const current = new SessionStudioDatabase(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(8);
    expect(await current.engagements.get('e1')).toMatchObject({ clientName: 'Acme' });
    expect(await current.table('brandProfiles').get('e1')).toMatchObject({
      wordsToUse: ['reliable'],
    });
    expect(await current.table('salesHandoffs').get('e1')).toMatchObject({
      criteria: 'Budget agreed',
    });
    expect(await current.table('engagementBrandings').count()).toBe(0);
    expect(await current.table('documentChoices').count()).toBe(0);
    current.close();
  });
});
