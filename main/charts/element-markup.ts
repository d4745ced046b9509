import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { toStandaloneSvg, type MarkupElement, type StandaloneSvgOptions } from './standalone-svg';

/** The document a chart is drawn in: happy-dom's in main, the page's own in Chromium. */
export interface MarkupHost {
  createElement(tagName: 'div'): MarkupContainer;
  readonly body: { appendChild(node: never): unknown };
}

interface MarkupContainer extends MarkupElement {
  readonly innerHTML: string;
  querySelector(selectors: string): MarkupElement | null;
  remove(): void;
}

export interface RenderMarkupOptions extends StandaloneSvgOptions {
  /** How long recharts may take to reach its final markup before the drawing is given up. */
  timeoutMs?: number;
}

/** recharts draws in several passes (layout, then axes and series); the markup settles after. */
const stableTicks = 2;

/**
 * Draws a chart element into a container of its own and returns its `<svg>` as a standalone file.
 * Imports React DOM, so load it only once a DOM exists (see headless-dom.ts). It uses nothing
 * but the DOM, so the same code draws the charts in Chromium for the tests that compare the two.
 */
export async function renderElementMarkup(
  element: ReactElement,
  host: MarkupHost,
  { timeoutMs = 10_000, ...options }: RenderMarkupOptions,
): Promise<string> {
  const container = host.createElement('div');
  host.body.appendChild(container as never);
  let failure: unknown;
  const root = createRoot(container as never, {
    onUncaughtError: (error) => (failure ??= error),
    onCaughtError: (error) => (failure ??= error),
  });
  try {
    flushSync(() => root.render(element));
    const svg = await settledSvg(container, () => failure, timeoutMs);
    return toStandaloneSvg(svg, options);
  } finally {
    root.unmount();
    container.remove();
  }
}

async function settledSvg(
  container: MarkupContainer,
  failure: () => unknown,
  timeoutMs: number,
): Promise<MarkupElement> {
  const deadline = Date.now() + timeoutMs;
  let previous = '';
  let unchanged = 0;
  for (;;) {
    await nextTask();
    const error = failure();
    if (error) throw error instanceof Error ? error : new Error(String(error));
    const markup = container.innerHTML;
    unchanged = markup === previous ? unchanged + 1 : 0;
    previous = markup;
    const svg = container.querySelector('.recharts-wrapper > svg');
    if (svg && unchanged >= stableTicks) return svg;
    if (Date.now() > deadline)
      throw new Error(
        svg
          ? 'The chart kept changing and never settled; is its animation off?'
          : 'The chart drew no <svg>: is it a recharts chart with a fixed width and height?',
      );
  }
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
