import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/db/database';
import {
  engagementWritesSoFar,
  onEngagementsWritten,
} from '../../../renderer/src/db/engagement-writes';
import { engagementRow } from '../../main/data/safety-fixtures';

describe('writes of engagements', () => {
  it('are counted and told, each once it has committed; writes of other tables are not', async () => {
    await db.open();
    const before = engagementWritesSoFar();
    const heard = vi.fn();
    const stop = onEngagementsWritten(heard);

    await db.engagements.put(engagementRow('e1'));
    await vi.waitFor(() => expect(engagementWritesSoFar()).toBe(before + 1));
    expect(heard).toHaveBeenCalledTimes(1);

    await db.sessions.put({ id: 's1', engagementId: 'e1' } as never);
    // Settled: anything that write fired has been told by now.
    await db.transaction('rw', db.sessions, () => db.sessions.delete('s1'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(engagementWritesSoFar()).toBe(before + 1);

    await db.engagements.update('e1', { archivedAt: 5 });
    await vi.waitFor(() => expect(engagementWritesSoFar()).toBe(before + 2));
    expect(heard).toHaveBeenCalledTimes(2);

    stop();
    await db.engagements.delete('e1');
    await vi.waitFor(() => expect(engagementWritesSoFar()).toBe(before + 3));
    expect(heard).toHaveBeenCalledTimes(2);
  });
});
