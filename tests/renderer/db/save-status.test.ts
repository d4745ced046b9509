import { beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../renderer/src/db/repositories/validation';
import {
  resetSaveStatusForTests,
  saveStatusStore,
  trackSave,
} from '../../../renderer/src/db/save-status';

beforeEach(() => resetSaveStatusForTests());

describe('the saved state on screen', () => {
  it('counts a write while it is on its way and marks it saved when it lands', async () => {
    let finish = () => undefined as void;
    const write = trackSave(new Promise<void>((resolve) => (finish = resolve)));
    expect(saveStatusStore.get().pending).toBe(1);
    finish();
    await write;
    expect(saveStatusStore.get()).toMatchObject({ pending: 0, error: null });
    expect(saveStatusStore.get().lastSavedAt).not.toBeNull();
  });

  it('keeps a failed write on the indicator until a write succeeds', async () => {
    await expect(trackSave(Promise.reject(new Error('The disk is full.')))).rejects.toThrow();
    expect(saveStatusStore.get().error).toBe('The disk is full.');
    await trackSave(Promise.resolve());
    expect(saveStatusStore.get().error).toBeNull();
  });

  it('does not call a refused write unsaved: nothing was written and the refusal shows where asked', async () => {
    const refusal = new ValidationError('A session can have at most 100 participants.');
    await expect(trackSave(Promise.reject(refusal))).rejects.toBe(refusal);
    expect(saveStatusStore.get()).toMatchObject({ pending: 0, error: null });
  });
});
