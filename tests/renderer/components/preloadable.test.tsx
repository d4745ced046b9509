import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { preloadable } from '../../../renderer/src/components/preloadable';

function Greeting({ name }: { name: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      Hello {name} {count}
    </button>
  );
}

afterEach(cleanup);

const inSuspense = (children: React.ReactNode) => (
  <Suspense fallback={<p>Loading…</p>}>{children}</Suspense>
);

describe('preloadable', () => {
  it('renders at once, with no loading fallback, once its code is preloaded', async () => {
    const load = vi.fn(async () => Greeting);
    const { Component, preload } = preloadable(load);
    await preload();
    render(inSuspense(<Component name="Acme" />));
    // In the very first render: nothing suspended, so nothing waits for a fallback to go.
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.getByRole('button').textContent).toBe('Hello Acme 0');
    await preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads its code on first render when it was not preloaded, as React’s lazy does', async () => {
    const load = vi.fn(async () => Greeting);
    const { Component } = preloadable(load);
    render(inSuspense(<Component name="Acme" />));
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect((await screen.findByRole('button')).textContent).toBe('Hello Acme 0');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keeps its state when drawn again after its code has loaded', async () => {
    const { Component } = preloadable(async () => Greeting);
    const { rerender } = render(inSuspense(<Component name="Acme" />));
    const button = await screen.findByRole('button');
    act(() => button.click());
    rerender(inSuspense(<Component name="Borealis" />));
    expect(screen.getByRole('button').textContent).toBe('Hello Borealis 1');
  });

  it('tries again after its code failed to load', async () => {
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error('The chunk did not load.'))
      .mockResolvedValue(Greeting);
    const { Component, preload } = preloadable(load);
    await expect(preload()).rejects.toThrow('The chunk did not load.');
    await preload();
    render(inSuspense(<Component name="Acme" />));
    expect(screen.getByRole('button').textContent).toBe('Hello Acme 0');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
