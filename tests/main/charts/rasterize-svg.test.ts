import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rasterizeSvg } from '../../../main/charts/rasterize-svg';
import { darkPixelsIn, decodePng, distinctColours } from './png-pixels';

// A chart-like SVG with one label whose box is known: 24 px bold text from (40, 40) to about (200, 64).
const labelled = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" font-family="Liberation Sans, Arial, sans-serif" font-size="12">
<rect x="220" y="20" width="60" height="60" fill="#1f5fa8"/>
<text x="40" y="60" font-size="24" font-weight="bold" fill="#666">Awareness</text>
</svg>`;
const labelBox = (scale: number) => ({
  left: 40 * scale,
  top: 40 * scale,
  right: 200 * scale,
  bottom: 64 * scale,
});

describe('rasterising a chart for a document', () => {
  it('draws a print-resolution PNG, scale times the SVG size, on white', async () => {
    const image = decodePng(await rasterizeSvg(labelled, { scale: 3 }));
    expect([image.width, image.height]).toEqual([900, 300]);
    expect(Array.from(image.data.subarray(0, 4))).toEqual([255, 255, 255, 255]);
    expect(distinctColours(image)).toBeGreaterThan(2);
  });

  it('draws the text with the shipped fonts, so labels do not vanish', async () => {
    const image = decodePng(await rasterizeSvg(labelled, { scale: 2 }));
    expect(darkPixelsIn(image, labelBox(2))).toBeGreaterThan(300);
    // Away from the label and the bar the page stays white.
    expect(darkPixelsIn(image, { left: 0, top: 140, right: 400, bottom: 200 })).toBe(0);
  });

  it('refuses a font folder without the chart fonts rather than drawing no text', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'chart-fonts-'));
    await expect(rasterizeSvg(labelled, { fontFolder: empty })).rejects.toThrow(
      /chart fonts .* are missing from .*without them the charts' text would not be drawn/,
    );
  });

  it('refuses a scale that is not a sane number', async () => {
    for (const scale of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, 5])
      await expect(rasterizeSvg(labelled, { scale })).rejects.toThrow(/scale above 0 and up to 4/);
  });

  it('refuses markup that is not an SVG', async () => {
    await expect(rasterizeSvg('<p>not a chart</p>')).rejects.toThrow();
  });
});
