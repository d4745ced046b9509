import type * as Resvg from '@resvg/resvg-js';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetDrawnPngs } from '../../../main/charts/drawn-png-cache';
import { rasterizeSvg } from '../../../main/charts/rasterize-svg';
import { decodePng } from './png-pixels';

const resvg = vi.hoisted(() => ({ draws: 0 }));
vi.mock('@resvg/resvg-js', async (original) => {
  const actual = await original<typeof Resvg>();
  return {
    ...actual,
    renderAsync: (...args: Parameters<typeof actual.renderAsync>) => {
      resvg.draws += 1;
      return actual.renderAsync(...args);
    },
  };
});

const chart = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60" font-family="Liberation Sans" font-size="16"><rect x="150" y="10" width="40" height="40" fill="#1f5fa8"/><text x="10" y="36">${label}</text></svg>`;

describe('a chart drawn again', () => {
  beforeEach(() => {
    forgetDrawnPngs();
    resvg.draws = 0;
  });

  it('is not redrawn while its SVG, scale and background are unchanged', async () => {
    const first = await rasterizeSvg(chart('Awareness'), { scale: 2 });
    const again = await rasterizeSvg(chart('Awareness'), { scale: 2 });
    expect(resvg.draws).toBe(1);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });

  it('is drawn afresh when anything that decides its pixels changes', async () => {
    const first = decodePng(await rasterizeSvg(chart('Awareness'), { scale: 2 }));
    const renamed = decodePng(await rasterizeSvg(chart('Consideration'), { scale: 2 }));
    const larger = decodePng(await rasterizeSvg(chart('Awareness'), { scale: 3 }));
    const dark = decodePng(
      await rasterizeSvg(chart('Awareness'), { scale: 2, background: '#000000' }),
    );
    expect(resvg.draws).toBe(4);
    expect(Buffer.from(renamed.data).equals(Buffer.from(first.data))).toBe(false);
    expect([larger.width, larger.height]).toEqual([600, 180]);
    expect(Array.from(dark.data.subarray(0, 4))).toEqual([0, 0, 0, 255]);
  });

  it('is drawn afresh after the drawn charts are forgotten', async () => {
    await rasterizeSvg(chart('Awareness'), { scale: 2 });
    forgetDrawnPngs();
    await rasterizeSvg(chart('Awareness'), { scale: 2 });
    expect(resvg.draws).toBe(2);
  });

  it('keeps only the most recently used charts', async () => {
    for (let index = 0; index < 30; index += 1)
      await rasterizeSvg(chart(`Phase ${index}`), { scale: 0.5 });
    resvg.draws = 0;
    await rasterizeSvg(chart('Phase 29'), { scale: 0.5 });
    expect(resvg.draws).toBe(0);
    await rasterizeSvg(chart('Phase 0'), { scale: 0.5 });
    expect(resvg.draws).toBe(1);
  });
});
