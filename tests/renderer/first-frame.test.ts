import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (path: string) =>
  readFileSync(join(import.meta.dirname, '../../renderer', path), 'utf8');
const indexHtml = read('index.html');
const styles = read('src/styles.css');

/** The declarations of the first rule whose selector is exactly `selector`. */
function rule(css: string, selector: string): Record<string, string> {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`No rule for ${selector}`);
  const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  return Object.fromEntries(
    body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split(';')
      .map((declaration) => declaration.split(':').map((part) => part.trim()))
      .filter((parts): parts is [string, string] => parts.length === 2 && parts[0] !== ''),
  );
}

const firstFrame = indexHtml.slice(indexHtml.indexOf('<style>'), indexHtml.indexOf('</style>'));

describe('the window’s first frame (index.html)', () => {
  it('is styled by the page itself, waiting for no stylesheet', () => {
    expect(indexHtml).not.toMatch(/<link[^>]+stylesheet/);
    expect(firstFrame).toContain('.app-starting');
  });

  it('has the app’s own colours in both themes, so nothing shifts when the app takes over', () => {
    const light = rule(styles, ':root');
    const dark = rule(styles, ":root[data-theme='dark']");
    expect(rule(firstFrame, ':where(:root)').background).toBe(light['--canvas']);
    expect(rule(firstFrame, ":where(:root[data-theme='dark'])").background).toBe(dark['--canvas']);
    // "Opening your engagements…" is a .subtle paragraph: the soft ink.
    expect(rule(firstFrame, ':where(.app-starting)').color).toBe(light['--ink-soft']);
    expect(rule(firstFrame, ":where(:root[data-theme='dark'] .app-starting)").color).toBe(
      dark['--ink-soft'],
    );
    // The same type: the text does not move when the app's stylesheet takes over.
    const squeezed = (value: string | undefined) => value?.replace(/\s+/g, ' ');
    expect(light['font-family']).toContain('Liberation Sans');
    expect(squeezed(rule(firstFrame, ':where(:root)')['font-family'])).toBe(
      squeezed(light['font-family']),
    );
    expect(rule(firstFrame, ':where(.app-starting)').padding).toBe(
      rule(styles, '.app-starting').padding,
    );
  });
});
