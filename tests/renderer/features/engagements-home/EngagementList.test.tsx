import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Engagement } from '../../../../shared/domain/engagement';
import { engagementRow } from '../../../main/data/safety-fixtures';

vi.mock('../../../../renderer/src/features/workspace/engagement-workspace-code', () => ({
  preloadEngagementWorkspace: () => Promise.resolve(),
}));

const { EngagementList } =
  await import('../../../../renderer/src/features/engagements-home/EngagementList');

// jsdom lays nothing out: the list's scroller gets the size of a laptop's home.
beforeEach(() => {
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(640);
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(900);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const engagements: Engagement[] = ['Acme Robotics', 'Borealis Foods', 'Kestrel Robotics'].map(
  (clientName, index) => engagementRow(`e${index}`, clientName),
);

function list(shown: Engagement[], onOpen = vi.fn()) {
  return (
    <EngagementList
      engagements={shown}
      onOpen={onOpen}
      onArchiveToggle={vi.fn()}
      onDelete={vi.fn()}
    />
  );
}

describe('the engagement list', () => {
  it('shows a search’s engagements in the rows already on the page, each still opening its own', () => {
    const { rerender } = render(list(engagements));
    const [first] = screen.getAllByRole('listitem');
    expect(first).toHaveAccessibleName('Acme Robotics — FY27 growth plan');

    // "kestrel": Kestrel moves up to the first place; that row is reused, not rebuilt.
    const onOpen = vi.fn();
    const kestrel = engagements.filter((row) => row.clientName.startsWith('Kestrel'));
    rerender(list(kestrel, onOpen));
    const rows = screen.getAllByRole('listitem');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toBe(first);
    expect(rows[0]).toHaveAccessibleName('Kestrel Robotics — FY27 growth plan');
    expect(
      screen.getByRole('button', { name: 'Archive Kestrel Robotics — FY27 growth plan' }),
    ).toBeInTheDocument();
    screen.getByRole('button', { name: /^Kestrel Robotics/ }).click();
    expect(onOpen).toHaveBeenCalledWith(kestrel[0]);
  });
});
