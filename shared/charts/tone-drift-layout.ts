import { chartSize } from './chart-style';
import type { ToneDriftModel } from './tone-drift-model';

/**
 * Where everything of the tone-drift chart stands, in pixels, computed from the data alone (no
 * measured text), so the screen and the headless renderer draw the same picture. One row per
 * channel; one panel per dimension, each with the scale from min to max and half a point of air
 * on either side, panels one point apart.
 */
export const toneDriftGeometry = {
  width: chartSize.wide.width,
  marginLeft: 8,
  /** The channel names' column. */
  nameWidth: 156,
  /** The consistency column on the right. */
  consistencyWidth: 96,
  /** Dimension headers above the plot. */
  top: 64,
  rowHeight: 28,
  axisHeight: 22,
  endLabelHeight: 18,
  legendHeight: 34,
} as const;

export interface ToneDriftLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  plot: { left: number; top: number; width: number; height: number };
  rows: number;
  /** The x axis runs over [0, domainEnd] in scale points. */
  domainEnd: number;
  /** Where a score of a dimension stands on the x axis, in scale points. */
  along: (dimension: number, score: number) => number;
  /** Pixel x of a point on the x axis. */
  pixelX: (along: number) => number;
  /** Pixel y of a row's centre. */
  pixelY: (row: number) => number;
  /** A panel's extent on the x axis, in scale points. */
  panel: (dimension: number) => { start: number; end: number };
  legendY: number;
  endLabelY: number;
}

export function toneDriftLayout(model: ToneDriftModel): ToneDriftLayout {
  const g = toneDriftGeometry;
  const span = model.scale.max - model.scale.min;
  const panelWidth = span + 1;
  const stride = panelWidth + 1;
  const panels = Math.max(model.dimensions.length, 1);
  const domainEnd = panels * stride - 1;
  const rows = Math.max(model.channels.length, 1);
  const plot = {
    left: g.marginLeft + g.nameWidth,
    top: g.top,
    width: g.width - g.marginLeft - g.nameWidth - g.consistencyWidth,
    height: rows * g.rowHeight,
  };
  const bottom = g.endLabelHeight + g.legendHeight;
  const height = plot.top + plot.height + g.axisHeight + bottom;
  return {
    width: g.width,
    height,
    margin: { top: g.top, right: g.consistencyWidth, bottom, left: g.marginLeft },
    plot,
    rows,
    domainEnd,
    along: (dimension, score) => dimension * stride + 0.5 + (score - model.scale.min),
    pixelX: (along) => plot.left + (along / domainEnd) * plot.width,
    pixelY: (row) => plot.top + (row + 0.5) * g.rowHeight,
    panel: (dimension) => ({ start: dimension * stride, end: dimension * stride + panelWidth }),
    endLabelY: plot.top + plot.height + g.axisHeight + 12,
    legendY: plot.top + plot.height + g.axisHeight + g.endLabelHeight + 18,
  };
}
