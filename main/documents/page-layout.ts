import {
  AlignmentType,
  Footer,
  PageOrientation,
  Paragraph,
  TextRun,
  PageNumber,
  type ISectionOptions,
} from 'docx';

/** A4 with 2.5 cm margins, in twips (1/1440 inch), as the deliverables are printed. */
const a4 = { width: 11906, height: 16838 } as const;
const marginTwips = 1418;
/** docx places images in pixels at 96 to the inch. */
const twipsPerPixel = 15;

export type Orientation = 'portrait' | 'landscape';

/** The room for text (and images) on a page, in pixels at 96 to the inch. */
export interface TextBox {
  width: number;
  height: number;
}

export function textBox(orientation: Orientation): TextBox {
  const [across, down] = orientation === 'portrait' ? [a4.width, a4.height] : [a4.height, a4.width];
  return {
    width: Math.floor((across - 2 * marginTwips) / twipsPerPixel),
    height: Math.floor((down - 2 * marginTwips) / twipsPerPixel),
  };
}

/** "Page 3 of 12", centred at the foot of every page. */
export function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

/** A section on A4 in the given orientation, with the page-number footer unless told otherwise. */
export function pageSection(
  orientation: Orientation,
  children: ISectionOptions['children'],
  { footer = true }: { footer?: boolean } = {},
): ISectionOptions {
  return {
    properties: {
      page: {
        // docx swaps width and height itself for a landscape page.
        size: {
          width: a4.width,
          height: a4.height,
          orientation:
            orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { top: marginTwips, right: marginTwips, bottom: marginTwips, left: marginTwips },
      },
    },
    ...(footer ? { footers: { default: pageNumberFooter() } } : {}),
    children,
  };
}
