import { renderAsync } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../main/charts/encode-png';
import { chartFontFiles, defaultChartFontFolder } from '../../../main/charts/font-folder';
import { decodePng } from './png-pixels';

const chart = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="90" font-family="Liberation Sans">
<rect x="10" y="10" width="120" height="30" fill="#1f5fa8"/><circle cx="180" cy="45" r="30" fill="#d9822b" fill-opacity="0.6"/>
<text x="12" y="70" fill="#1d2633">Awareness → 計画</text></svg>`;

describe('a chart’s pixels as a PNG', () => {
  it('holds exactly the pixels resvg drew, as resvg’s own PNG does', async () => {
    const image = await renderAsync(chart, {
      fitTo: { mode: 'zoom', value: 3 },
      background: '#ffffff',
      font: { fontFiles: chartFontFiles(defaultChartFontFolder()), loadSystemFonts: false },
    });
    const ours = decodePng(await encodePng(image.width, image.height, image.pixels));
    const resvgs = decodePng(image.asPng());
    expect([ours.width, ours.height]).toEqual([720, 270]);
    expect(Buffer.from(ours.data).equals(Buffer.from(resvgs.data))).toBe(true);
  });

  it('writes a single pixel, and refuses pixels that do not fill the size given', async () => {
    const one = decodePng(await encodePng(1, 1, Uint8Array.from([1, 2, 3, 255])));
    expect(Array.from(one.data)).toEqual([1, 2, 3, 255]);
    await expect(encodePng(2, 2, new Uint8Array(12))).rejects.toThrow(/16 bytes, not 12/);
    await expect(encodePng(0, 1, new Uint8Array())).rejects.toThrow(/at least one pixel/);
  });
});
