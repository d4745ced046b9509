import { Document, Paragraph, TableOfContents, TextRun } from 'docx';
import type { MarketingPlanSnapshot } from '../../shared/documents/marketing-plan-snapshot';
import { coverSection, type CoverContent } from './cover-page';
import type { DocumentLook } from './document-look';
import { documentProperties } from './document-properties';
import { contentsPageNumbers } from './contents-page-numbers';
import { pageSection } from './page-layout';
import { actionItemsChapter } from './plan-chapters/action-items-chapter';
import { alignmentChapter } from './plan-chapters/alignment-chapter';
import { brandChapter } from './plan-chapters/brand-chapter';
import { campaignsChapter } from './plan-chapters/campaigns-chapter';
import { executiveSummaryChapter } from './plan-chapters/executive-summary-chapter';
import type { Chapter, PlanContext } from './plan-chapters/chapter';
import { journeyChapter } from './plan-chapters/journey-chapter';
import { objectivesChapter } from './plan-chapters/objectives-chapter';
import { selfCritiqueChapter } from './plan-chapters/self-critique-chapter';
import { situationChapter } from './plan-chapters/situation-chapter';
import { workBackwardsChapter } from './plan-chapters/work-backwards-chapter';
import type { PageFont } from './page-fonts';
import type { PlanCharts } from './plan-charts';

/** The executive summary, then the chapters in the order of the method, one per worksheet. */
export function planChapters(snapshot: MarketingPlanSnapshot, context: PlanContext): Chapter[] {
  return [
    executiveSummaryChapter(snapshot, context),
    situationChapter(snapshot, context),
    objectivesChapter(snapshot, context),
    alignmentChapter(snapshot, context),
    selfCritiqueChapter(snapshot, context),
    brandChapter(snapshot, context),
    journeyChapter(snapshot, context),
    workBackwardsChapter(snapshot, context),
    campaignsChapter(snapshot, context),
    actionItemsChapter(snapshot, context),
  ];
}

function cover(snapshot: MarketingPlanSnapshot, look: DocumentLook): CoverContent {
  const { engagement, sessions } = snapshot;
  return {
    documentTitle: 'Marketing plan',
    engagementTitle: engagement.title,
    details: [
      ['Date', look.date(snapshot.preparedOn)],
      ...(engagement.industry.trim() ? ([['Industry', engagement.industry]] as const) : []),
      ...(sessions.length === 0
        ? []
        : ([
            [
              sessions.length === 1 ? 'Session' : 'Sessions',
              sessions.map((session) => `${session.title} (${look.date(session.date)})`).join('; '),
            ],
          ] as const)),
    ],
  };
}

const noFonts: readonly PageFont[] = [];

function contents(look: DocumentLook): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({
      spacing: { after: 240 },
      children: [
        new TextRun({ text: 'Contents', bold: true, size: 32, color: look.headingColour }),
      ],
    }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

/**
 * The marketing plan of an engagement: a cover, the contents with their page numbers (worked out
 * as the document is written, since LibreOffice never updates fields and Word would have to ask),
 * then one chapter per worksheet. Pure: snapshot, drawn charts and look → Document.
 */
export function buildMarketingPlanDocument(
  snapshot: MarketingPlanSnapshot,
  charts: PlanCharts,
  look: DocumentLook,
  { fonts = noFonts }: { fonts?: readonly PageFont[] } = {},
): Document {
  const { engagement } = snapshot;
  return new Document({
    ...documentProperties(look, {
      kind: 'Marketing plan',
      subject: engagement.title,
      description: 'Marketing plan',
      keywords: [engagement.industry],
    }),
    pageNumbers: contentsPageNumbers(fonts),
    sections: [
      coverSection(look, cover(snapshot, look)),
      pageSection('portrait', contents(look), look),
      ...planChapters(snapshot, { charts, look }).map((chapter) =>
        pageSection(chapter.orientation, chapter.children, look),
      ),
    ],
  });
}
