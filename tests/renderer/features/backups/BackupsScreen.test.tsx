import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { engagementFileRepository } from '../../../../renderer/src/db/repositories/engagement-file-repository';
import { BackupsScreen } from '../../../../renderer/src/features/backups/BackupsScreen';
import { setPlatformApiForTests } from '../../../../renderer/src/platform/session-studio-api';
import type { FullBackupProgress } from '../../../../shared/backups/backup-progress';
import type { OpenedBackup } from '../../../../shared/backups/backup-schemas';
import { collectEngagementFile } from '../../../../shared/engagement-file/collect';
import type { EngagementFileContent } from '../../../../shared/engagement-file/format';
import { remapIds } from '../../../../shared/engagement-file/remap-ids';
import type { SessionStudioApi } from '../../../../shared/ipc/api';
import { ok, type IpcResult } from '../../../../shared/ipc/result';
import type { SaveOutcome } from '../../../../shared/ipc/contract';
import { fullEngagement } from '../../../shared/engagement-file/full-engagement-fixture';

const here = fullEngagement();
let counter = 0;
const other = remapIds(fullEngagement(), () => `other-${(counter += 1)}`);
other.engagement.clientName = 'Borealis Foods';

/** The backup's copy of the engagement here: an older purpose. */
function older(): EngagementFileContent {
  const content = fullEngagement();
  content.tables.sessions[0]!.purpose = 'The purpose as it was last week.';
  return content;
}

const openedBackup: Extract<OpenedBackup, { status: 'opened' }> = {
  status: 'opened',
  token: 'token-1',
  name: 'the backup of today at 09:00',
  takenAt: Date.UTC(2026, 11, 6, 9),
  engagements: [here, other].map((content) => ({
    id: content.engagement.id,
    clientName: content.engagement.clientName,
    title: content.engagement.title,
    rows: 10,
  })),
};

/** Main's answers, the ones a test holds until it gives them. */
function mainAnswers(overrides: Partial<Record<keyof SessionStudioApi, unknown>> = {}) {
  const api = {
    listBackups: vi.fn(async () => ok({ backups: [], damaged: [], folder: '/u', atRest: null })),
    openBackup: vi.fn(async () => ok(openedBackup)),
    prepareRestore: vi.fn(async () => ok({ before: Date.UTC(2026, 11, 6, 10) })),
    readBackupEngagement: vi.fn(async ({ engagementId }: { engagementId: string }) =>
      ok(engagementId === here.engagement.id ? older() : other),
    ),
    getFullBackupProgress: vi.fn(async () =>
      ok({ running: false, stage: null, done: 0, total: 0 }),
    ),
    cancelFullBackup: vi.fn(async () => ok({ cancelled: true })),
    ...overrides,
  };
  setPlatformApiForTests(api as unknown as SessionStudioApi);
  return api;
}

/** Every row of every table, as a text to compare. */
async function everything(): Promise<string> {
  const tables = await Promise.all(
    db.tables.map(async (table) => [table.name, await table.toArray()]),
  );
  return JSON.stringify(tables);
}

function held<T>() {
  let give: (value: T) => void = () => undefined;
  const promise = new Promise<T>((resolve) => (give = resolve));
  return { promise, give };
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await engagementFileRepository.importFile(
    collectEngagementFile(here, {
      exportedAt: new Date(),
      app: { name: 'Session Studio', version: 't' },
    }),
    { asCopy: false },
  );
});
afterEach(() => {
  cleanup();
  setPlatformApiForTests(null);
});

async function restoreEverything() {
  await userEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }));
  const dialog = await screen.findByRole('dialog', { name: /^Restore from / });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Restore everything' }));
}

describe('the Backups screen, restoring', () => {
  it('shows each step, then writes every engagement at once', async () => {
    mainAnswers();
    render(<BackupsScreen onClose={() => undefined} />);
    await restoreEverything();
    expect(
      await screen.findByText(/^Restored 2 engagements from the backup of today at 09:00\./),
    ).toBeInTheDocument();
    const sessions = await db
      .table('sessions')
      .where('engagementId')
      .equals(here.engagement.id)
      .toArray();
    expect(sessions.map((session) => session.purpose)).toContain(
      'The purpose as it was last week.',
    );
    expect(await db.table('engagements').count()).toBe(2);
  });

  it('cancelled while it reads the backup, leaves every engagement exactly as it was', async () => {
    const second = held<IpcResult<EngagementFileContent>>();
    const api = mainAnswers({
      readBackupEngagement: vi.fn(async ({ engagementId }: { engagementId: string }) =>
        engagementId === here.engagement.id ? ok(older()) : second.promise,
      ),
    });
    const before = await everything();
    render(<BackupsScreen onClose={() => undefined} />);
    await restoreEverything();
    const progress = await screen.findByRole('status', { name: '' });
    await waitFor(() =>
      expect(progress).toHaveTextContent(
        'Step 2 of 3: Reading the engagements from the backup… (2 of 2)',
      ),
    );
    expect(screen.getByRole('progressbar', { name: 'Restore progress' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel restore' }));
    expect(progress).toHaveTextContent('Cancelling…');
    await act(async () => second.give(ok(other)));
    expect(
      await screen.findByText(
        'Restore cancelled. Nothing was restored: your engagements are as they were.',
      ),
    ).toBeInTheDocument();
    expect(api.readBackupEngagement).toHaveBeenCalledTimes(2);
    expect(await everything()).toBe(before);
  });

  it('refuses the whole restore when one engagement cannot be read, and writes nothing', async () => {
    mainAnswers({
      readBackupEngagement: vi.fn(async ({ engagementId }: { engagementId: string }) =>
        engagementId === here.engagement.id
          ? ok(older())
          : {
              ok: false,
              error: {
                code: 'failed',
                message: 'This backup’s copy of the engagement is damaged.',
              },
            },
      ),
    });
    const before = await everything();
    render(<BackupsScreen onClose={() => undefined} />);
    await restoreEverything();
    expect(
      await screen.findByText(
        'Borealis Foods — FY27 growth plan: This backup’s copy of the engagement is damaged. Nothing was restored.',
      ),
    ).toBeInTheDocument();
    expect(await everything()).toBe(before);
  });
});

describe('the Backups screen, backing everything up to a file', () => {
  it('shows how far main has got, and when cancelled says no file was written', async () => {
    const answer = held<IpcResult<SaveOutcome>>();
    let progress: FullBackupProgress = { running: true, stage: 'reading', done: 3, total: 12 };
    const api = mainAnswers({
      exportFullBackup: vi.fn(() => answer.promise),
      getFullBackupProgress: vi.fn(async () => ok(progress)),
    });
    render(<BackupsScreen onClose={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'Back up everything to a file…' }));
    await waitFor(() =>
      expect(
        screen.getByRole('progressbar', { name: 'Backup progress' }).parentElement,
      ).toHaveTextContent('Step 1 of 2: Reading the engagements… (4 of 12)'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Cancel backup' }));
    expect(api.cancelFullBackup).toHaveBeenCalledTimes(1);
    progress = { running: false, stage: null, done: 0, total: 0 };
    await act(async () => answer.give(ok({ status: 'cancelled' })));
    expect(await screen.findByText('Backup cancelled. No file was written.')).toBeInTheDocument();
  });

  it('cannot be cancelled once the file is being written', async () => {
    const answer = held<IpcResult<SaveOutcome>>();
    mainAnswers({
      exportProtectedFullBackup: vi.fn(() => answer.promise),
      getFullBackupProgress: vi.fn(async () =>
        ok({ running: true, stage: 'saving', done: 12, total: 12 }),
      ),
    });
    render(<BackupsScreen onClose={() => undefined} />);
    await userEvent.click(screen.getByRole('checkbox', { name: /passphrase/i }));
    await userEvent.type(screen.getByLabelText('Passphrase'), 'Correct horse battery staple');
    await userEvent.type(screen.getByLabelText('Passphrase again'), 'Correct horse battery staple');
    await userEvent.click(
      screen.getByRole('button', { name: 'Back up everything to a protected file…' }),
    );
    await waitFor(() =>
      expect(
        screen.getByRole('progressbar', { name: 'Backup progress' }).parentElement,
      ).toHaveTextContent('Step 3 of 3: Saving the file…'),
    );
    expect(screen.getByRole('button', { name: 'Cancel backup' })).toBeDisabled();
    await act(async () =>
      answer.give(ok({ status: 'saved', filePath: '/stick/All.sessionstudio-backup' })),
    );
    expect(
      await screen.findByText(
        /^Every engagement was backed up to \/stick\/All\.sessionstudio-backup\./,
      ),
    ).toBeInTheDocument();
  });
});
