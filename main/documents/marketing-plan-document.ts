import { Document, Paragraph, TableOfContents, TextRun } from 'docx';
import type { MarketingPlanSnapshot } from '../../shared/documents/marketing-plan-snapshot';
import { contentsPageNumbers } from './contents-page-numbers';
import { labelled } from './document-blocks';
import { facilitatorLine } from './document-heading';
import { documentStyles } from './document-styles';
import { pageSection } from './page-layout';
import { actionItemsChapter } from './plan-chapters/action-items-chapter';
import { alignmentChapter } from './plan-chapters/alignment-chapter';
import { brandChapter } from './plan-chapters/brand-chapter';
import { campaignsChapter } from './plan-chapters/campaigns-chapter';
import type { Chapter } from './plan-chapters/chapter';
import { journeyChapter } from './plan-chapters/journey-chapter';
import { objectivesChapter } from './plan-chapters/objectives-chapter';
import { selfCritiqueChapter } from './plan-chapters/self-critique-chapter';
import { situationChapter } from './plan-chapters/situation-chapter';
import { workBackwardsChapter } from './plan-chapters/work-backwards-chapter';
import type { PageFont } from './page-fonts';
import type { PlanCharts } from './plan-charts';

/** The chapters in the order of the method, one per worksheet. */
export function planChapters(snapshot: MarketingPlanSnapshot, charts: PlanCharts): Chapter[] {
  return [
    situationChapter(snapshot),
    objectivesChapter(snapshot),
    alignmentChapter(snapshot),
    selfCritiqueChapter(snapshot),
    brandChapter(snapshot, charts),
    journeyChapter(snapshot, charts),
    workBackwardsChapter(snapshot, charts),
    campaignsChapter(snapshot, charts),
    actionItemsChapter(snapshot),
  ];
}

function titlePage(snapshot: MarketingPlanSnapshot): Paragraph[] {
  const { engagement, sessions } = snapshot;
  return [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    new Paragraph({ style: 'Title', children: [new TextRun(engagement.clientName)] }),
    new Paragraph({
      children: [new TextRun({ text: 'Marketing plan', size: 36, color: '2E5984' })],
    }),
    new Paragraph({
      spacing: { after: 480 },
      children: [new TextRun({ text: engagement.title, size: 28 })],
    }),
    ...(engagement.industry.trim() ? [labelled('Industry', engagement.industry)] : []),
    ...facilitatorLine(engagement, 'Prepared by'),
    labelled('Prepared on', snapshot.preparedOn),
    ...(sessions.length === 0
      ? []
      : [
          labelled(
            sessions.length === 1 ? 'Session' : 'Sessions',
            sessions.map((session) => `${session.title} (${session.date})`).join('; '),
          ),
        ]),
  ];
}

const noFonts: readonly PageFont[] = [];

function contents(): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({
      spacing: { after: 240 },
      children: [new TextRun({ text: 'Contents', bold: true, size: 32, color: '1F3A5F' })],
    }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

/**
 * The marketing plan of an engagement: a title page, the contents with their page numbers (worked
 * out as the document is written, since LibreOffice never updates fields and Word would have to
 * ask), then one chapter per worksheet. Pure: snapshot and drawn charts → Document.
 */
export function buildMarketingPlanDocument(
  snapshot: MarketingPlanSnapshot,
  charts: PlanCharts,
  { fonts = noFonts }: { fonts?: readonly PageFont[] } = {},
): Document {
  const { engagement } = snapshot;
  return new Document({
    creator: engagement.consultantName || 'Session Studio',
    title: `${engagement.clientName} — marketing plan`,
    subject: engagement.title,
    description: 'Marketing plan',
    styles: documentStyles,
    pageNumbers: contentsPageNumbers(fonts),
    sections: [
      pageSection('portrait', titlePage(snapshot), { footer: false }),
      pageSection('portrait', contents()),
      ...planChapters(snapshot, charts).map((chapter) =>
        pageSection(chapter.orientation, chapter.children),
      ),
    ],
  });
}
