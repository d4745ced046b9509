import { Document, Paragraph, TableOfContents, TextRun } from 'docx';
import type { MarketingPlanSnapshot } from '../../shared/documents/marketing-plan-snapshot';
import { coverSection, type CoverContent } from './cover-page';
import type { DocumentLook } from './document-look';
import { documentProperties } from './document-properties';
import { contentsPageNumbers } from './contents-page-numbers';
import { withContentsEndedOnTheirLastEntry } from './contents-field-end';
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
import { planSectionIds, type PlanSectionId } from '../../shared/domain/document-choices';

const chapterBuilders: Record<
  PlanSectionId,
  (snapshot: MarketingPlanSnapshot, context: PlanContext) => Chapter | null
> = {
  'executive-summary': executiveSummaryChapter,
  situation: situationChapter,
  objectives: objectivesChapter,
  alignment: alignmentChapter,
  'self-critique': selfCritiqueChapter,
  brand: brandChapter,
  journey: journeyChapter,
  'work-backwards': workBackwardsChapter,
  campaigns: campaignsChapter,
  'action-items': actionItemsChapter,
};

/**
 * The executive summary, then the chapters in the order of the method, one per worksheet: those
 * the consultant ticked, and in the client version only those with something in them.
 */
export function planChapters(
  snapshot: MarketingPlanSnapshot,
  context: Omit<PlanContext, 'version'>,
): Chapter[] {
  const { version, sections } = snapshot.choices;
  return planSectionIds
    .filter((id) => sections.includes(id))
    .flatMap((id) => chapterBuilders[id](snapshot, { ...context, version }) ?? []);
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

/** The contents; when no chosen section has anything in it yet, one line that says so instead. */
function contents(
  look: DocumentLook,
  chapters: readonly Chapter[],
): (Paragraph | TableOfContents)[] {
  if (chapters.length === 0)
    return [
      new Paragraph({
        children: [
          new TextRun({
            text: 'The sections chosen for this plan have nothing in them to show the client.',
            italics: true,
          }),
        ],
      }),
    ];
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
  const chapters = planChapters(snapshot, { charts, look });
  return new Document({
    ...documentProperties(look, {
      kind: 'Marketing plan',
      subject: engagement.title,
      description: 'Marketing plan',
      keywords: [engagement.industry],
    }),
    pageNumbers: withContentsEndedOnTheirLastEntry(contentsPageNumbers(fonts)),
    sections: [
      coverSection(look, cover(snapshot, look)),
      pageSection('portrait', contents(look, chapters), look),
      ...chapters.map((chapter) => pageSection(chapter.orientation, chapter.children, look)),
    ],
  });
}
