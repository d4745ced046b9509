// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { toStandaloneSvg, type MarkupElement } from '../../../main/charts/standalone-svg';

function svgElement(markup: string): MarkupElement {
  document.body.innerHTML = markup;
  return document.querySelector('svg') as unknown as MarkupElement;
}

describe('a chart’s SVG as a file of its own', () => {
  it('renames ids in document order and every reference to them', () => {
    const svg = toStandaloneSvg(
      svgElement(
        '<svg width="10" height="10" style="width: 100%" aria-labelledby="recharts7-title">' +
          '<title id="recharts7-title">T</title>' +
          '<defs><clipPath id="recharts7-clip"><rect></rect></clipPath>' +
          '<linearGradient id="_r_3_"></linearGradient></defs>' +
          '<g clip-path="url(#recharts7-clip)"><rect fill="url(\'#_r_3_\')"></rect>' +
          '<use href="#recharts7-clip"></use><use xlink:href="#_r_3_"></use></g></svg>',
      ),
      { idPrefix: 'tone-drift' },
    );
    expect(svg).toContain('aria-labelledby="tone-drift-1"');
    expect(svg).toContain('<title id="tone-drift-1">');
    expect(svg).toContain('<clipPath id="tone-drift-2">');
    expect(svg).toContain('<linearGradient id="tone-drift-3">');
    expect(svg).toContain('clip-path="url(#tone-drift-2)"');
    expect(svg).toContain(`fill="url('#tone-drift-3')"`);
    expect(svg).toContain('href="#tone-drift-2"');
    expect(svg).toContain('xlink:href="#tone-drift-3"');
    expect(svg).not.toMatch(/recharts7|_r_3_/);
  });

  it('declares its namespaces and the chart font, and drops the wrapper’s style', () => {
    const svg = toStandaloneSvg(
      svgElement(
        '<svg width="10" height="10" style="width: 100%"><use xlink:href="#a"></use></svg>',
      ),
      { idPrefix: 'x' },
    );
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toMatch(/^<svg [^>]*xmlns:xlink="http:\/\/www\.w3\.org\/1999\/xlink"/);
    expect(svg).toMatch(/^<svg [^>]*font-family="Liberation Sans, Arial, sans-serif"/);
    expect(svg).toMatch(/^<svg [^>]*font-size="12"/);
    expect(svg).not.toContain('style=');
  });

  it('keeps a font the chart set on itself', () => {
    const svg = toStandaloneSvg(svgElement('<svg font-family="Serif" font-size="9"></svg>'), {
      idPrefix: 'x',
    });
    expect(svg).toContain('font-family="Serif"');
    expect(svg).toContain('font-size="9"');
  });

  it('writes well-formed XML whatever the names hold', () => {
    const element = svgElement(
      '<svg><!-- a comment --><text aria-label="x">y</text><path name="n"></path></svg>',
    );
    const text = element.querySelectorAll('text')[0] as MarkupElement & { textContent: string };
    text.setAttribute('aria-label', 'B2B <email> & "PR"\u00a0\tnow\u0001');
    text.textContent = 'Q1 <draft> & "final"\u00a0plan\u0007\ud800';
    expect(toStandaloneSvg(element, { idPrefix: 'x' })).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" font-family="Liberation Sans, Arial, sans-serif" font-size="12">' +
        '<text aria-label="B2B &lt;email&gt; &amp; &quot;PR&quot;\u00a0&#9;now">' +
        'Q1 &lt;draft&gt; &amp; "final"\u00a0plan</text><path name="n"></path></svg>',
    );
  });

  it('leaves the original markup on the page untouched', () => {
    const original = svgElement('<svg><clipPath id="recharts1-clip"></clipPath></svg>');
    toStandaloneSvg(original, { idPrefix: 'x' });
    expect((original as unknown as { outerHTML: string }).outerHTML).toBe(
      '<svg><clipPath id="recharts1-clip"></clipPath></svg>',
    );
  });
});
