import { describe, expect, it, vi } from 'vitest';
import type { SessionStudioApi } from '../../../../shared/ipc/api';
import { engagementDetails, firstSession } from './recorded-changes';
import { safetyCopyInMain } from './safety-copy-in-main';

/** One launch of the renderer: fresh modules, so a fresh database connection and safety copy. */
async function launch(api: SessionStudioApi) {
  vi.resetModules();
  const platform = await import('../../../../renderer/src/platform/session-studio-api');
  platform.setPlatformApiForTests(api);
  const { db } = await import('../../../../renderer/src/db/database');
  const { engagementRepository } =
    await import('../../../../renderer/src/db/repositories/engagement-repository');
  const { sessionRepository } =
    await import('../../../../renderer/src/db/repositories/session-repository');
  const { saveStatusStore } = await import('../../../../renderer/src/db/save-status');
  const { startSafetyCopy, journalSender } =
    await import('../../../../renderer/src/db/safety/start-safety-copy');
  const notice = await startSafetyCopy();
  return { db, engagementRepository, sessionRepository, saveStatusStore, journalSender, notice };
}

async function deleteDatabase(name: string) {
  await new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = resolve;
    request.onerror = () => reject(request.error);
  });
}

describe('the safety copy across launches', () => {
  it('shows “saving” until main has the edit, then restores it after the database is lost', async () => {
    const main = safetyCopyInMain();
    const first = await launch(main.api);
    expect(first.notice).toBeNull();
    const { sessionId } = await first.engagementRepository.create(
      engagementDetails('Borealis Foods'),
      firstSession,
    );
    const edit = first.sessionRepository.update(sessionId, { purpose: 'Agree three objectives' });
    await edit;
    // In IndexedDB now, but not yet acknowledged by main: still saving.
    expect(first.saveStatusStore.get().pending).toBeGreaterThan(0);
    await first.journalSender.settled();
    expect(first.saveStatusStore.get()).toMatchObject({ pending: 0, error: null });
    first.db.close();

    await deleteDatabase('session-studio');

    const second = await launch(main.api);
    expect(second.notice).toEqual({
      tone: 'warning',
      text: 'Session Studio restored 1 engagement from its safety copy after the local database was lost.',
    });
    expect(await second.db.sessions.get(sessionId)).toMatchObject({
      purpose: 'Agree three objectives',
    });
    // The rebuilt rows are not sent back: nothing waits for main.
    expect(second.saveStatusStore.get().pending).toBe(0);
    second.db.close();
  });

  it('starts on one library digest when both copies agree: no engagement listed, none read', async () => {
    await deleteDatabase('session-studio');
    const main = safetyCopyInMain();
    const first = await launch(main.api);
    for (const client of ['Borealis Foods', 'Kestrel Robotics', 'Juniper Health'])
      await first.engagementRepository.create(engagementDetails(client), firstSession);
    await first.journalSender.settled();
    first.db.close();

    const answers: unknown[] = [];
    const pagesRead: unknown[] = [];
    const watched = {
      ...main.api,
      getSafetyCopyStatus: async (request: Parameters<typeof main.api.getSafetyCopyStatus>[0]) => {
        const answer = await main.api.getSafetyCopyStatus(request);
        answers.push(answer);
        return answer;
      },
      readSafetyCopyPage: async (request: Parameters<typeof main.api.readSafetyCopyPage>[0]) => {
        pagesRead.push(request);
        return main.api.readSafetyCopyPage(request);
      },
    };
    const second = await launch(watched);
    expect(second.notice).toBeNull();
    expect(answers).toEqual([
      { ok: true, value: expect.objectContaining({ units: {}, sameLibrary: true }) },
    ]);
    expect(pagesRead).toEqual([]);
    // The home's first list was read beside the check.
    const { takeEngagementsReadAtStart } =
      await import('../../../../renderer/src/db/safety/start-safety-copy');
    expect(
      takeEngagementsReadAtStart()
        ?.map((row) => row.clientName)
        .sort(),
    ).toEqual(['Borealis Foods', 'Juniper Health', 'Kestrel Robotics']);
    expect(takeEngagementsReadAtStart()).toBeUndefined();
    second.db.close();
    await deleteDatabase('session-studio');
  });

  it('says so, and keeps the edit, when main refuses it', async () => {
    const main = safetyCopyInMain();
    const app = await launch(main.api);
    await app.db.sessions.put({ id: 'not-a-session' } as never);
    await vi.waitFor(() =>
      expect(app.saveStatusStore.get().error).toMatch(
        /^kept on this laptop, but the safety copy refused it: A change to sessions was refused: /,
      ),
    );
    expect(await app.db.sessions.get('not-a-session')).toBeDefined();
    app.db.close();
    await deleteDatabase('session-studio');
  });

  it('stays out of the way outside the desktop app', async () => {
    vi.resetModules();
    const { startSafetyCopy } =
      await import('../../../../renderer/src/db/safety/start-safety-copy');
    expect(await startSafetyCopy()).toBeNull();
  });
});
