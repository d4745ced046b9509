import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { DocumentLook, LogoImage } from './document-look';
import { pageSection } from './page-layout';

/** Room for each logo on the cover, in pixels at 96 to the inch (about 5.3 × 2.1 cm). */
const logoBox = { width: 200, height: 80 };

function logoRun(logo: LogoImage, role: string): ImageRun {
  const scale = Math.min(1, logoBox.width / logo.width, logoBox.height / logo.height);
  const transformation = {
    width: Math.max(1, Math.round(logo.width * scale)),
    height: Math.max(1, Math.round(logo.height * scale)),
  };
  const altText = { name: role, title: role, description: `${role} (${logo.name})` };
  return logo.type === 'svg'
    ? new ImageRun({
        type: 'svg',
        data: logo.data,
        fallback: { type: 'png', data: logo.fallback },
        transformation,
        altText,
      })
    : new ImageRun({ type: logo.type, data: logo.data, transformation, altText });
}

const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder };

function logoCell(logo: LogoImage | null, role: string, alignment: 'left' | 'right') {
  return new TableCell({
    width: { size: 50, type: WidthType.PERCENTAGE },
    borders: noBorders,
    children: [
      new Paragraph({
        alignment: alignment === 'left' ? AlignmentType.LEFT : AlignmentType.RIGHT,
        children: logo ? [logoRun(logo, role)] : [],
      }),
    ],
  });
}

/** The client's logo on the left, the firm's on the right; nothing when there is neither. */
function logoRow(look: DocumentLook): Table[] {
  if (!look.clientLogo && !look.firmLogo) return [];
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: { ...noBorders, insideHorizontal: noBorder, insideVertical: noBorder },
      rows: [
        new TableRow({
          children: [
            logoCell(look.clientLogo, `${look.clientName} logo`, 'left'),
            logoCell(look.firmLogo, `${look.firm || 'Firm'} logo`, 'right'),
          ],
        }),
      ],
    }),
  ];
}

export interface CoverContent {
  /** What the document is: "Marketing plan", "Session agenda". */
  documentTitle: string;
  /** The engagement's title, under the client's name. */
  engagementTitle: string;
  /** The lines under them, label and value: the date, the session, who prepared it. */
  details: readonly (readonly [label: string, value: string])[];
}

/** "Date ⇥ 14 January 2027": the values lined up at a tab stop, 3 cm in. */
function detailLine(label: string, value: string): Paragraph {
  return new Paragraph({
    spacing: { after: 80 },
    tabStops: [{ type: TabStopType.LEFT, position: 1701 }],
    children: [
      new TextRun({ text: label, bold: true, color: '595959' }),
      new TextRun({ children: [new Tab(), value] }),
    ],
  });
}

/** "Dana Reyes, North Star Consulting", or whichever of them is known. */
export function preparedBy(look: Pick<DocumentLook, 'consultant' | 'firm'>): string {
  return [look.consultant, look.firm].filter(Boolean).join(', ');
}

/**
 * The cover, a page of its own: both logos, what the document is, the client and the engagement,
 * then its date, session and who prepared it.
 */
export function coverSection(look: DocumentLook, content: CoverContent): ISectionOptions {
  const by = preparedBy(look);
  return pageSection(
    'portrait',
    [
      ...logoRow(look),
      new Paragraph({
        spacing: { before: 2600, after: 200 },
        children: [
          new TextRun({
            text: content.documentTitle.toUpperCase(),
            size: 28,
            bold: true,
            color: look.headingColour,
            characterSpacing: 40,
          }),
        ],
      }),
      new Paragraph({ style: 'Title', children: [new TextRun(look.clientName)] }),
      new Paragraph({
        spacing: { after: 960 },
        children: [new TextRun({ text: content.engagementTitle, size: 32 })],
      }),
      ...content.details.map(([label, value]) => detailLine(label, value)),
      ...(by ? [detailLine('Prepared by', by)] : []),
    ],
    look,
  );
}
