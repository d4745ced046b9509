import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Engagement } from '../../../shared/domain/engagement';
import { engagementRow } from '../../main/data/safety-fixtures';

// The start's list (read with IndexedDB itself beside the startup check) and the writes heard
// since the modules loaded, as the test sets them.
const start = vi.hoisted(() => ({
  list: undefined as Engagement[] | undefined,
  writes: 0,
  listeners: new Set<() => void>(),
}));
vi.mock('../../../renderer/src/db/safety/start-safety-copy', () => ({
  takeEngagementsReadAtStart: () => {
    const list = start.list;
    start.list = undefined;
    return list;
  },
}));
vi.mock('../../../renderer/src/db/engagement-writes', () => ({
  engagementWritesSoFar: () => start.writes,
  onEngagementsWritten: (listener: () => void) => {
    start.listeners.add(listener);
    return () => start.listeners.delete(listener);
  },
}));

const { db } = await import('../../../renderer/src/db/database');
const { engagementRepository } =
  await import('../../../renderer/src/db/repositories/engagement-repository');
const { useEngagements } = await import('../../../renderer/src/hooks/use-engagements');

const engagement = (id: string, clientName: string, lastOpenedAt: number): Engagement => ({
  ...engagementRow(id, clientName),
  lastOpenedAt,
});

/** A write of engagements, as the app's modules hear it once it has committed. */
async function write(row: Engagement) {
  await db.engagements.put(row);
  act(() => {
    start.writes += 1;
    for (const listener of start.listeners) listener();
  });
}

const names = (list: Engagement[] | undefined) => list?.map((row) => row.clientName);

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  start.list = undefined;
  start.writes = 0;
  start.listeners.clear();
});
afterEach(() => vi.restoreAllMocks());

describe('the home’s engagements', () => {
  it('are the start’s list at once, read again only once engagements are written', async () => {
    const kestrel = engagement('e1', 'Kestrel Robotics', 1);
    const borealis = engagement('e2', 'Borealis Foods', 2);
    await db.engagements.bulkPut([kestrel, borealis]);
    start.list = [kestrel, borealis];
    const listPresent = vi.spyOn(engagementRepository, 'listPresent');

    const { result } = renderHook(() => useEngagements());
    // Newest opened first, on the first render.
    expect(names(result.current)).toEqual(['Borealis Foods', 'Kestrel Robotics']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(listPresent).not.toHaveBeenCalled();

    await write(engagement('e3', 'Juniper Health', 3));
    await waitFor(() =>
      expect(names(result.current)).toEqual([
        'Juniper Health',
        'Borealis Foods',
        'Kestrel Robotics',
      ]),
    );
    expect(listPresent).toHaveBeenCalled();
    // Live from then on.
    await write({ ...kestrel, lastOpenedAt: 4 });
    await waitFor(() =>
      expect(names(result.current)).toEqual([
        'Kestrel Robotics',
        'Juniper Health',
        'Borealis Foods',
      ]),
    );
  });

  it('are read from the database when engagements were written after the start read them', async () => {
    const kestrel = engagement('e1', 'Kestrel Robotics', 1);
    start.list = [kestrel];
    await db.engagements.put(engagement('e2', 'Borealis Foods', 2));
    await db.engagements.put(kestrel);
    start.writes = 2;

    const { result } = renderHook(() => useEngagements());
    expect(result.current).toBeUndefined();
    await waitFor(() =>
      expect(names(result.current)).toEqual(['Borealis Foods', 'Kestrel Robotics']),
    );
  });

  it('are read from the database when the start kept no list', async () => {
    await db.engagements.put(engagement('e1', 'Kestrel Robotics', 1));
    const { result } = renderHook(() => useEngagements());
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(names(result.current)).toEqual(['Kestrel Robotics']));
  });
});
