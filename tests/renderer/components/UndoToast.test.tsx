import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoToast } from '../../../renderer/src/components/UndoToast';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('UndoToast', () => {
  it('expires once its time is up, even when the parent re-renders with new callbacks', () => {
    const expired = vi.fn();
    const toast = (onExpire: () => void) => (
      <UndoToast
        message="Removed “Welcome”."
        onUndo={() => undefined}
        onExpire={onExpire}
        durationMs={8000}
      />
    );
    const { rerender } = render(toast(() => expired('first')));
    act(() => vi.advanceTimersByTime(5000));
    rerender(toast(() => expired('second')));
    act(() => vi.advanceTimersByTime(2999));
    expect(expired).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(expired).toHaveBeenCalledExactlyOnceWith('second');
  });
});
