import {
  AlignmentType,
  Footer,
  Header,
  PageOrientation,
  Paragraph,
  TextRun,
  PageNumber,
  type ISectionOptions,
} from 'docx';
import type { DocumentLook } from './document-look';

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

/** The width of the text area, in points: what a table as wide as the text spans. */
export function textWidthPoints(orientation: Orientation): number {
  const across = orientation === 'portrait' ? a4.width : a4.height;
  return (across - 2 * marginTwips) / 20;
}

/** "Page 3 of 12", centred at the foot of every page. */
export function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: 18,
            children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

/** The text of every page's header. */
export function confidentialityLine(clientName: string): string {
  return `Confidential — prepared for ${clientName}`;
}

/**
 * "Confidential — prepared for Acme Robotics" at the top of every page, in the accent colour.
 * Plain text, no rule under it: the contents' page numbers are laid out fastest for what Word
 * lays out the same way everywhere (see page-estimate/).
 */
export function confidentialityHeader(look: Pick<DocumentLook, 'clientName' | 'headingColour'>) {
  return new Header({
    children: [
      new Paragraph({
        style: 'PageHeader',
        children: [
          new TextRun({ text: confidentialityLine(look.clientName), color: look.headingColour }),
        ],
      }),
    ],
  });
}

/**
 * The paragraph a section ends with when its last block is not one (a table, the contents): a
 * section's page settings are held by its last paragraph, and docx adds an empty one of the body
 * text's height to hold them. Where a table ends at the foot of a page, Word sets that paragraph on
 * a page of its own, blank but for the header. One point high, with no space around it, it fits.
 */
function sectionEnd(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0 }, run: { size: 2 } });
}

/** A section's blocks, ending with a paragraph (sectionEnd when they end with anything else). */
function endedWithAParagraph(children: ISectionOptions['children']): ISectionOptions['children'] {
  return children.at(-1) instanceof Paragraph ? children : [...children, sectionEnd()];
}

/** A section on A4 in the given orientation, with the confidentiality header and page numbers. */
export function pageSection(
  orientation: Orientation,
  children: ISectionOptions['children'],
  look: Pick<DocumentLook, 'clientName' | 'headingColour'>,
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
    headers: { default: confidentialityHeader(look) },
    footers: { default: pageNumberFooter() },
    children: endedWithAParagraph(children),
  };
}
