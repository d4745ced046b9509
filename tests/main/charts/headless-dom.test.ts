import { describe, expect, it } from 'vitest';

// The first chart of a process loads happy-dom, React DOM and recharts: slow on a busy machine.
describe('the headless DOM charts are drawn in', { timeout: 30_000 }, () => {
  it('is not installed by loading the chart modules, only by drawing', async () => {
    await import('../../../main/charts/render-chart');
    expect('window' in globalThis).toBe(false);
    expect('document' in globalThis).toBe(false);
  });

  it('installs window and document once, and keeps what the process already has', async () => {
    const nodeNavigator = 'navigator' in globalThis ? globalThis.navigator : undefined;
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    const { installHeadlessDom } = await import('../../../main/charts/headless-dom');
    const [first, second] = await Promise.all([installHeadlessDom(), installHeadlessDom()]);
    expect(second).toBe(first);
    expect(await installHeadlessDom()).toBe(first);
    const added = Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name));
    expect(added.sort()).toEqual(
      nodeNavigator ? ['document', 'window'] : ['document', 'navigator', 'window'],
    );
    if (nodeNavigator) expect(globalThis.navigator).toBe(nodeNavigator);
    // Node's own timers and fetch stay Node's.
    expect(globalThis.setTimeout).not.toBe(first.setTimeout);
    expect(globalThis.fetch).not.toBe(first.fetch);
  });
});
