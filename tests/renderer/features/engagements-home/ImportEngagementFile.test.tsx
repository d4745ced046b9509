import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { ImportEngagementFile } from '../../../../renderer/src/features/engagements-home/ImportEngagementFile';
import { setPlatformApiForTests } from '../../../../renderer/src/platform/session-studio-api';
import { collectEngagementFile } from '../../../../shared/engagement-file/collect';
import type { EngagementFileRead } from '../../../../shared/engagement-file/import-outcome';
import type { SessionStudioApi } from '../../../../shared/ipc/api';
import { fail, ok, type IpcResult } from '../../../../shared/ipc/result';
import { fullEngagement, ids } from '../../../shared/engagement-file/full-engagement-fixture';

const file = () =>
  collectEngagementFile(fullEngagement(), {
    exportedAt: new Date('2026-11-22T10:30:00.000Z'),
    app: { name: 'Session Studio', version: '0.1.0' },
  });

// Main backs up the engagements here before every import.
const takeBackup = vi.fn(async () => ok({ takenAt: null }));

function mainAnswers(answer: IpcResult<EngagementFileRead>) {
  setPlatformApiForTests({
    importEngagementFile: vi.fn(async () => answer),
    takeBackup,
  } as unknown as SessionStudioApi);
}

const engagementCount = () => db.table('engagements').count();

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});
afterEach(() => {
  cleanup();
  setPlatformApiForTests(null);
});

describe('Import engagement file…', () => {
  it('imports a new engagement and opens it', async () => {
    mainAnswers(ok({ status: 'read', fileName: 'Acme.sessionstudio', file: file() }));
    const onImported = vi.fn();
    render(<ImportEngagementFile onImported={onImported} />);
    await userEvent.click(screen.getByRole('button', { name: 'Import engagement file…' }));
    await waitFor(() => expect(onImported).toHaveBeenCalledWith(ids.engagement));
    expect(await engagementCount()).toBe(1);
  });

  it('cancelled while main reads the file, sets its answer aside, writes nothing and says so', async () => {
    let answer: (result: IpcResult<EngagementFileRead>) => void = () => undefined;
    setPlatformApiForTests({
      importEngagementFile: vi.fn(() => new Promise((resolve) => (answer = resolve))),
      takeBackup,
    } as unknown as SessionStudioApi);
    const onImported = vi.fn();
    render(<ImportEngagementFile onImported={onImported} />);
    await userEvent.click(screen.getByRole('button', { name: 'Import engagement file…' }));
    const progress = await screen.findByRole('status');
    expect(progress).toHaveTextContent('Step 1 of 3: Reading and checking the file…');
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    expect(progress).toHaveTextContent('Cancelling…');
    await act(async () =>
      answer(ok({ status: 'read', fileName: 'Acme.sessionstudio', file: file() })),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Import cancelled. Nothing was imported.',
    );
    expect(onImported).not.toHaveBeenCalled();
    expect(await engagementCount()).toBe(0);
  });

  it('shows main’s reasons for refusing a file, and writes nothing', async () => {
    mainAnswers(
      ok({
        status: 'refused',
        fileName: 'Acme.sessionstudio',
        problems: ['engagement, clientName: Client name can be at most 200 characters.'],
      }),
    );
    render(<ImportEngagementFile onImported={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Import engagement file…' }));
    const dialog = await screen.findByRole('alertdialog', {
      name: '“Acme.sessionstudio” was not imported',
    });
    expect(dialog).toHaveTextContent('Client name can be at most 200 characters.');
    expect(dialog).toHaveTextContent('Nothing on this laptop was changed.');
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await engagementCount()).toBe(0);
  });

  it('says so when the desktop app is not there to open files', async () => {
    mainAnswers(fail('unavailable', 'This needs the Session Studio desktop app.'));
    render(<ImportEngagementFile onImported={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Import engagement file…' }));
    expect(
      await screen.findByRole('alertdialog', { name: 'The engagement file was not imported' }),
    ).toHaveTextContent('This needs the Session Studio desktop app.');
  });

  it('offers a copy when rows of the file are here although its engagement is not', async () => {
    // An earlier import of this file whose engagement has since been purged, say.
    await db.table('personas').add(fullEngagement().tables.personas[0]);
    mainAnswers(ok({ status: 'read', fileName: 'Acme.sessionstudio', file: file() }));
    const onImported = vi.fn();
    render(<ImportEngagementFile onImported={onImported} />);
    await userEvent.click(screen.getByRole('button', { name: 'Import engagement file…' }));
    const question = await screen.findByRole('alertdialog', {
      name: '“Acme Robotics — FY27 growth plan” is already on this laptop',
    });
    expect(await engagementCount()).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Import as a copy' }));
    await waitFor(() => expect(onImported).toHaveBeenCalledOnce());
    expect(question).not.toBeInTheDocument();
    expect(onImported.mock.calls[0]?.[0]).not.toBe(ids.engagement);
    expect(await engagementCount()).toBe(1);
  });

  it('offers to open the engagement already here instead, writing nothing', async () => {
    mainAnswers(ok({ status: 'read', fileName: 'Acme.sessionstudio', file: file() }));
    const onImported = vi.fn();
    render(<ImportEngagementFile onImported={onImported} />);
    await userEvent.click(screen.getByRole('button', { name: 'Import engagement file…' }));
    await waitFor(() => expect(onImported).toHaveBeenCalledWith(ids.engagement));
    onImported.mockClear();

    await userEvent.click(screen.getByRole('button', { name: 'Import engagement file…' }));
    await screen.findByRole('alertdialog', {
      name: '“Acme Robotics — FY27 growth plan” is already on this laptop',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Open the one already here' }));
    expect(onImported).toHaveBeenCalledWith(ids.engagement);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await engagementCount()).toBe(1);
  });

  it('does not offer to open an engagement deleted moments ago, only a copy', async () => {
    mainAnswers(ok({ status: 'read', fileName: 'Acme.sessionstudio', file: file() }));
    render(<ImportEngagementFile onImported={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Import engagement file…' }));
    await waitFor(async () => expect(await engagementCount()).toBe(1));
    await db.table('engagements').update(ids.engagement, { deletedAt: Date.now() });
    await userEvent.click(screen.getByRole('button', { name: 'Import engagement file…' }));
    await screen.findByRole('alertdialog');
    expect(screen.queryByRole('button', { name: 'Open the one already here' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Import as a copy' })).toBeInTheDocument();
  });
});
