import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MarketingPlanExport } from '../../../../renderer/src/features/document-exports/MarketingPlanExport';
import { setPlatformApiForTests } from '../../../../renderer/src/platform/session-studio-api';
import type { SessionStudioApi } from '../../../../shared/ipc/api';
import { ok } from '../../../../shared/ipc/result';
import { testEngagement } from '../../worksheet-fixtures';

afterEach(() => {
  cleanup();
  setPlatformApiForTests(null);
});

describe('the plan’s export in the workspace header', () => {
  it('asks main to get exports ready once the engagement is on screen', async () => {
    const prepareExports = vi.fn(async () => ok(null));
    setPlatformApiForTests({
      prepareExports,
      getExportProgress: vi.fn(async () => ok({ running: false, stage: null })),
    } as unknown as SessionStudioApi);
    render(<MarketingPlanExport engagement={testEngagement()} />);
    expect(screen.getByRole('button', { name: 'Export plan (.docx)' })).toBeInTheDocument();
    await waitFor(() => expect(prepareExports).toHaveBeenCalledWith(null), { timeout: 3_000 });
    expect(prepareExports).toHaveBeenCalledTimes(1);
  });
});
