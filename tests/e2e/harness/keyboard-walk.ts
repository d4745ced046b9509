import { expect, type Page } from '@playwright/test';

/**
 * Presses Tab `steps` times from where the focus is, and checks that every control it lands on
 * shows a focus ring (an outline at least 2 px wide). Returns what it landed on, for the caller to
 * check the walk went where it should.
 */
export async function walkWithTab(page: Page, steps: number): Promise<string[]> {
  const seen: string[] = [];
  for (let step = 0; step < steps; step += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      return {
        // A date field's calendar button: Chromium focuses it inside the field and rings it itself.
        pickerButton: element instanceof HTMLInputElement && !element.matches(':focus'),
        name: (
          element.getAttribute('aria-label') ||
          (element as HTMLInputElement).labels?.[0]?.textContent ||
          element.textContent ||
          ''
        )
          .trim()
          .slice(0, 60),
        html: element.outerHTML.slice(0, 160),
        outline: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
      };
    });
    if (!focused || focused.pickerButton) continue;
    seen.push(focused.name || focused.html);
    expect(focused.outline, focused.html).not.toBe('none');
    expect(focused.width, focused.html).toBeGreaterThanOrEqual(2);
  }
  return seen;
}
