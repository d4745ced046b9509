import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveTextField } from '../../../renderer/src/components/AutosaveField';
import { SaveIndicator } from '../../../renderer/src/components/SaveIndicator';
import {
  reportSafetyCopy,
  resetSaveStatusForTests,
  trackSave,
} from '../../../renderer/src/db/save-status';

beforeEach(() => {
  vi.useFakeTimers();
  resetSaveStatusForTests();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** A purpose field whose save lands in "IndexedDB" at once, then waits for main to acknowledge. */
function Worksheet({ onSaved }: { onSaved: (value: string) => void }) {
  const [purpose, setPurpose] = useState('');
  return (
    <>
      <SaveIndicator />
      <AutosaveTextField
        label="Purpose"
        value={purpose}
        parse={(draft) => ({ ok: true, value: draft })}
        save={async (value) => {
          await trackSave(Promise.resolve());
          // The journal sender has the change: main has not acknowledged it yet.
          reportSafetyCopy({ waiting: 1, problem: null });
          setPurpose(value);
          onSaved(value);
        }}
      />
    </>
  );
}

const indicator = () => screen.getByTestId('save-indicator').textContent;

describe('the save indicator while the consultant types', () => {
  it('never says "All changes saved" while typed text is only in the field', async () => {
    const saved: string[] = [];
    render(<Worksheet onSaved={(value) => saved.push(value)} />);
    expect(indicator()).toBe('All changes saved');
    const field = screen.getByLabelText('Purpose');
    const text = 'Agree three objectives for Q1';
    const seen: string[] = [];
    for (let index = 1; index <= text.length; index++) {
      fireEvent.change(field, { target: { value: text.slice(0, index) } });
      seen.push(indicator() ?? '');
      // Faster than the autosave pause: nothing is saved between keystrokes.
      await act(async () => vi.advanceTimersByTimeAsync(120));
      seen.push(indicator() ?? '');
    }
    expect(saved).toEqual([]);
    expect(new Set(seen)).toEqual(new Set(['Editing…']));

    // The pause: the save runs, lands in the database, and waits for main.
    await act(async () => vi.advanceTimersByTimeAsync(400));
    expect(saved).toEqual([text]);
    expect(indicator()).toBe('Saving…');
    act(() => reportSafetyCopy({ waiting: 0, problem: null }));
    expect(indicator()).toBe('All changes saved');
  });

  it('says a refused value left in its field is not saved', async () => {
    render(
      <>
        <SaveIndicator />
        <AutosaveTextField
          label="Minutes"
          value="10"
          parse={(draft) =>
            /^\d+$/.test(draft) ? { ok: true, value: draft } : { ok: false, message: 'A number.' }
          }
          save={() => trackSave(Promise.resolve())}
        />
      </>,
    );
    fireEvent.change(screen.getByLabelText('Minutes'), { target: { value: 'ten' } });
    await act(async () => vi.advanceTimersByTimeAsync(400));
    expect(screen.getByText('A number.')).toBeVisible();
    expect(indicator()).toBe('Not saved: a value was refused');
    fireEvent.change(screen.getByLabelText('Minutes'), { target: { value: '12' } });
    expect(indicator()).toBe('Editing…');
    await act(async () => vi.advanceTimersByTimeAsync(400));
    expect(indicator()).toBe('All changes saved');
  });

  it('forgets a field that is gone, so the indicator does not wait for it forever', async () => {
    const { unmount } = render(
      <AutosaveTextField
        label="Title"
        value=""
        parse={() => ({ ok: false, message: 'Never valid.' })}
        save={() => Promise.resolve()}
      />,
    );
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'x' } });
    unmount();
    render(<SaveIndicator />);
    await act(async () => vi.advanceTimersByTimeAsync(0));
    expect(indicator()).toBe('All changes saved');
  });
});
