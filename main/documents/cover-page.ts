import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { textRun } from './document-blocks';
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

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/**
 * A table without borders whose columns split the text width in the given percentages: how the
 * cover lines things up (logos left and right, labels beside their values) without tab stops.
 */
function layoutTable(widths: readonly number[], rows: readonly (readonly Paragraph[])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: none,
      bottom: none,
      left: none,
      right: none,
      insideHorizontal: none,
      insideVertical: none,
    },
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map(
            (paragraph, index) =>
              new TableCell({
                width: { size: widths[index] ?? 0, type: WidthType.PERCENTAGE },
                children: [paragraph],
              }),
          ),
        }),
    ),
  });
}

/** The client's logo on the left, the firm's on the right; nothing when there is neither. */
function logoRow(look: DocumentLook): Table[] {
  if (!look.clientLogo && !look.firmLogo) return [];
  const cell = (logo: LogoImage | null, role: string, alignment: 'left' | 'right') =>
    new Paragraph({
      alignment: alignment === 'left' ? AlignmentType.LEFT : AlignmentType.RIGHT,
      children: logo ? [logoRun(logo, role)] : [],
    });
  return [
    layoutTable(
      [50, 50],
      [
        [
          cell(look.clientLogo, `${look.clientName} logo`, 'left'),
          cell(look.firmLogo, `${look.firm || 'Firm'} logo`, 'right'),
        ],
      ],
    ),
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

/** "Dana Reyes, North Star Consulting", or whichever of them is known. */
export function preparedBy(look: Pick<DocumentLook, 'consultant' | 'firm'>): string {
  return [look.consultant, look.firm].filter(Boolean).join(', ');
}

/** Labels in grey beside their values, lined up in a table without borders. */
function detailsTable(details: CoverContent['details']): Table[] {
  if (details.length === 0) return [];
  return [
    layoutTable(
      [22, 78],
      details.map(([label, value]) => [
        new Paragraph({
          spacing: { after: 80 },
          children: [new TextRun({ text: label, bold: true, color: '595959' })],
        }),
        new Paragraph({ spacing: { after: 80 }, children: [textRun(value)] }),
      ]),
    ),
  ];
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
          }),
        ],
      }),
      new Paragraph({ style: 'Title', children: [new TextRun(look.clientName)] }),
      new Paragraph({
        spacing: { after: 960 },
        children: [new TextRun({ text: content.engagementTitle, size: 32 })],
      }),
      ...detailsTable([...content.details, ...(by ? ([['Prepared by', by]] as const) : [])]),
    ],
    look,
  );
}
