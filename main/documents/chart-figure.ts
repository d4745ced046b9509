import { AlignmentType, ImageRun, Paragraph, TextRun } from 'docx';
import type { ChartRun } from 'docx/charts';
import type { ChartImage } from '../charts/render-chart';
import type { NativeChart } from './native-plan-charts';
import type { ChartKind } from '../../shared/charts/chart-kinds';
import { textBox, type Orientation, type TextBox } from './page-layout';

/**
 * A chart ready to place: its images, or the data of a native Word chart, and the words that say
 * what it shows.
 */
export type DrawnChart = {
  /** The chart's name, e.g. "Emotion curve": the image's title. */
  name: string;
  /** The chart's text summary: its alt text and its caption. */
  summary: string;
} & (
  | { image: ChartImage; native?: undefined }
  | {
      native: NativeChart;
      /** docx's ChartRun, loaded (210 KB of code) only when a document has native charts. */
      ChartRun: typeof ChartRun;
      image?: undefined;
    }
);

/** A native chart's shape on the page: as wide as the text, about half as high. */
const nativeAspect = 0.55;

/** Leaves room on the page for the chart's heading and caption. */
const heightShare = 0.78;

/**
 * The page each chart's chapter places it on: the work-backwards funnel sits in its portrait
 * chapter, the others on landscape pages. The chapters place
 * charts in this box, and their pictures are drawn for it (plan-charts.ts).
 */
const chartPages: Record<ChartKind, Orientation> = {
  'tone-drift': 'landscape',
  'emotion-curve': 'landscape',
  'reverse-funnel': 'portrait',
  'campaign-timeline': 'landscape',
  'investment-return': 'landscape',
};

/** The room a chart of the kind has on its page. */
export function chartBox(kind: ChartKind): TextBox {
  return textBox(chartPages[kind]);
}

/** The chart's size on the page: as drawn, or smaller to fit the text box; never stretched. */
export function fitToBox(width: number, height: number, box: TextBox) {
  const scale = Math.min(1, box.width / width, (box.height * heightShare) / height);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/**
 * The tallest chart `width` wide that the box takes at the scale its width alone gives: a taller
 * one is shrunk further, and its labels print smaller than the other charts'.
 */
export function tallestAtFullScale(width: number, box: TextBox): number {
  return Math.floor((box.height * heightShare) / Math.min(1, box.width / width));
}

/**
 * The chart as an image (SVG, with the print-resolution PNG that LibreOffice and older Word show)
 * or as a native Word chart drawn from its data, its summary as alt text, and the same summary as
 * a caption below it; with `newPage`, at the top of the next page.
 */
export function chartFigure(
  chart: DrawnChart,
  box: TextBox,
  { newPage = false }: { newPage?: boolean } = {},
): Paragraph[] {
  const altText = { name: chart.name, title: chart.name, description: chart.summary };
  const { image, native } = chart;
  const drawing = native
    ? new chart.ChartRun({
        ...native,
        transformation: fitToBox(box.width, Math.round(box.width * nativeAspect), box),
        altText,
      })
    : new ImageRun({
        type: 'svg',
        // A string would be read as base64; the SVG is text, so it goes as its UTF-8 bytes.
        data: new TextEncoder().encode(image.svg),
        fallback: { type: 'png', data: image.png },
        transformation: fitToBox(image.width, image.height, box),
        altText,
      });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      ...(newPage ? { pageBreakBefore: true } : {}),
      children: [drawing],
    }),
    new Paragraph({
      spacing: { after: 200 },
      children: [new TextRun({ text: chart.summary, italics: true, size: 18 })],
    }),
  ];
}
