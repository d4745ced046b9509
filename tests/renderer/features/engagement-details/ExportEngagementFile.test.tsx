import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { ExportEngagementFile } from '../../../../renderer/src/features/engagement-details/ExportEngagementFile';
import { setPlatformApiForTests } from '../../../../renderer/src/platform/session-studio-api';
import type { SessionStudioApi } from '../../../../shared/ipc/api';
import { ok } from '../../../../shared/ipc/result';
import { fullEngagement, ids } from '../../../shared/engagement-file/full-engagement-fixture';

const saved = ok({ status: 'saved' as const, filePath: '/stick/Acme.sessionstudio' });
let api: {
  exportEngagementFile: ReturnType<typeof vi.fn>;
  exportProtectedEngagementFile: ReturnType<typeof vi.fn>;
};

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  const { engagement, tables } = fullEngagement();
  await db.table('engagements').add(engagement);
  await db.table('sessions').bulkAdd(tables.sessions);
  api = {
    exportEngagementFile: vi.fn(async () => saved),
    exportProtectedEngagementFile: vi.fn(async () => saved),
  };
  setPlatformApiForTests(api as unknown as SessionStudioApi);
});
afterEach(() => {
  cleanup();
  setPlatformApiForTests(null);
});

describe('Export engagement file…', () => {
  it('exports unprotected unless asked', async () => {
    render(<ExportEngagementFile engagementId={ids.engagement} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export engagement file…' }));
    await screen.findByText('/stick/Acme.sessionstudio');
    expect(api.exportEngagementFile).toHaveBeenCalledOnce();
    expect(api.exportProtectedEngagementFile).not.toHaveBeenCalled();
  });

  it('protects it with a passphrase typed twice, refusing a short or mistyped one first', async () => {
    render(<ExportEngagementFile engagementId={ids.engagement} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Protect with a passphrase' }));
    const exportButton = screen.getByRole('button', { name: 'Export protected engagement file…' });

    await userEvent.type(screen.getByLabelText('Passphrase'), 'too short');
    await userEvent.type(screen.getByLabelText('Passphrase again'), 'too short');
    await userEvent.click(exportButton);
    expect(await screen.findByRole('alert')).toHaveTextContent('at least 10 characters');

    await userEvent.type(screen.getByLabelText('Passphrase'), ' by far');
    await userEvent.type(screen.getByLabelText('Passphrase again'), ' by fat');
    await userEvent.click(exportButton);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The two passphrases are not the same.',
    );
    expect(api.exportProtectedEngagementFile).not.toHaveBeenCalled();

    await userEvent.clear(screen.getByLabelText('Passphrase again'));
    await userEvent.type(screen.getByLabelText('Passphrase again'), 'too short by far');
    await userEvent.click(exportButton);
    await screen.findByText('/stick/Acme.sessionstudio');
    expect(api.exportProtectedEngagementFile).toHaveBeenCalledWith({
      content: expect.objectContaining({ engagement: fullEngagement().engagement }),
      passphrase: 'too short by far',
    });
    expect(api.exportEngagementFile).not.toHaveBeenCalled();
    // The passphrase does not stay on screen once the file is written.
    await waitFor(() => expect(screen.getByLabelText('Passphrase')).toHaveValue(''));
  });
});
