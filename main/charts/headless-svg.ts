import type { ReactElement } from 'react';
import { installHeadlessDom } from './headless-dom';
import type { RenderMarkupOptions } from './element-markup';

/**
 * Draws a React chart element to a standalone SVG with no window. The element is made by a
 * callback that runs once the DOM exists, so the chart modules it imports (recharts) are loaded
 * after the globals they look for at import time.
 */
export async function renderElementSvg(
  makeElement: () => ReactElement | Promise<ReactElement>,
  options: RenderMarkupOptions,
): Promise<string> {
  const window = await installHeadlessDom();
  const { renderElementMarkup } = await import('./element-markup');
  return renderElementMarkup(await makeElement(), window.document as never, options);
}
