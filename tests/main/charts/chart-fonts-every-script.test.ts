import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartFontFilesFor } from '../../../main/charts/chart-font-files';
import { covers, readFontFaces } from '../../../main/charts/font-coverage';
import { rasterizeSvg } from '../../../main/charts/rasterize-svg';
import { renderChartSvg } from '../../../main/charts/render-chart';
import { darkPixelsIn, decodePng, type PngPixels } from './png-pixels';

const fontFolder = resolve(import.meta.dirname, '../../../build/fonts');
const shippedOnly = { systemFontFolders: [] as string[] };
const codes = (text: string) => [...text].map((character) => character.codePointAt(0) as number);

/** The emotion curve of one persona, as the plan's journey chapter draws it. */
const emotionCurve = (persona: string) =>
  renderChartSvg('emotion-curve', {
    phases: ['Awareness', 'Consideration', 'Conversion'],
    personas: [{ name: persona, scores: [1, -1, 2] }],
  });

/** The legend row at the top of the emotion curve, where the persona's name is written, at scale 2. */
const legendRow = { left: 0, top: 0, right: 1440, bottom: 40 };

function samePixels(a: PngPixels, b: PngPixels): boolean {
  return a.width === b.width && Buffer.from(a.data).equals(Buffer.from(b.data));
}

describe('chart text in every script', { timeout: 60_000 }, () => {
  it('knows which characters a font draws, from its cmap', () => {
    const [regular] = readFontFaces(join(fontFolder, 'LiberationSans-Regular.ttf'));
    expect(regular?.weight).toBe(400);
    for (const code of codes('Aé€דנה')) expect(covers(regular!.ranges, code)).toBe(true);
    for (const code of codes('佐藤花子김')) expect(covers(regular!.ranges, code)).toBe(false);
  });

  it('draws Latin and Hebrew with the shipped fonts alone, and reaches for a system font only for what they lack', async () => {
    const latin = await emotionCurve('Marit Halvorsen, דנה לוי');
    expect(chartFontFilesFor(latin, { fontFolder })).toEqual([
      join(fontFolder, 'LiberationSans-Bold.ttf'),
      join(fontFolder, 'LiberationSans-Regular.ttf'),
    ]);
    const japanese = await emotionCurve('佐藤 花子');
    const files = chartFontFilesFor(japanese, { fontFolder });
    expect(files.length).toBe(3);
    // The system font chosen (Noto Sans CJK from fonts-noto-cjk here) has every one of the name's characters.
    const faces = readFontFaces(files[2] as string);
    for (const code of codes('佐藤花子'))
      expect(faces.some((face) => covers(face.ranges, code))).toBe(true);
  });

  it('draws a persona named 佐藤 花子 with real glyphs, not the missing-glyph box', async () => {
    const drawn = async (name: string, options = {}) =>
      decodePng(await rasterizeSvg(await emotionCurve(name), { scale: 2, ...options }));
    // The same characters in another order: missing-glyph boxes look alike in any order, glyphs do not.
    const [name, shuffled] = await Promise.all([drawn('佐藤 花子'), drawn('藤佐 子花')]);
    expect(darkPixelsIn(name, legendRow)).toBeGreaterThan(400);
    expect(samePixels(name, shuffled)).toBe(false);
    // With the shipped fonts alone both are rows of boxes, pixel for pixel the same: the comparison
    // above is what tells glyphs from boxes.
    const [boxes, shuffledBoxes] = await Promise.all([
      drawn('佐藤 花子', shippedOnly),
      drawn('藤佐 子花', shippedOnly),
    ]);
    expect(samePixels(boxes, shuffledBoxes)).toBe(true);
    expect(samePixels(name, boxes)).toBe(false);
  });

  it('draws Korean and Arabic names with real glyphs too', async () => {
    for (const [name, shuffled] of [
      ['김민준', '준민김'],
      ['ليلى حداد', 'حداد ليلى'],
    ] as const) {
      const svg = await emotionCurve(name);
      const other = await emotionCurve(shuffled);
      const [a, b] = await Promise.all([
        rasterizeSvg(svg, { scale: 2 }),
        rasterizeSvg(other, { scale: 2 }),
      ]);
      expect(samePixels(decodePng(a), decodePng(b))).toBe(false);
      const [boxA, boxB] = await Promise.all([
        rasterizeSvg(svg, { scale: 2, ...shippedOnly }),
        rasterizeSvg(other, { scale: 2, ...shippedOnly }),
      ]);
      expect(samePixels(decodePng(a), decodePng(boxA))).toBe(false);
      if (name === '김민준') expect(samePixels(decodePng(boxA), decodePng(boxB))).toBe(true);
    }
  });

  it('keeps right-to-left names in reading order: the first letter is drawn rightmost', async () => {
    const word = (text: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" font-family="Liberation Sans, Arial, sans-serif" font-size="24"><text x="10" y="30" fill="#000">${text}</text></svg>`;
    const leftEdge = async (text: string) => {
      const image = decodePng(await rasterizeSvg(word(text), { scale: 2 }));
      // The columns of the leftmost glyph: from the text's start to a little past a letter's width.
      const columns: number[] = [];
      for (let x = 20; x < 44; x += 1)
        columns.push(darkPixelsIn(image, { left: x, top: 0, right: x + 1, bottom: image.height }));
      return columns.join(',');
    };
    const dalet = await leftEdge('ד');
    // "דנה" is read right to left, so its leftmost glyph is ה; written the other way round
    // ("הנד"), ד comes last in reading order and is drawn leftmost.
    expect(await leftEdge('הנד')).toBe(dalet);
    expect(await leftEdge('דנה')).not.toBe(dalet);
    expect(await leftEdge('דנה')).toBe(await leftEdge('ה'));
  });
});
