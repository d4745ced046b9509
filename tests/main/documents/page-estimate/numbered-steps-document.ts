import {
  Document,
  LevelFormat,
  Paragraph,
  TableOfContents,
  TextRun,
  type PageNumberEstimator,
} from 'docx';
import { documentStyles } from '../../../../main/documents/document-styles';
import { plainLook } from '../document-look-fixture';

/**
 * Contents, a heading, 80 numbered steps and a heading after them: a numbered list, which the
 * fast layout leaves to docx/layout.
 */
export function numberedStepsDocument(pageNumbers?: PageNumberEstimator): Document {
  return new Document({
    styles: documentStyles(plainLook({ clientName: 'Acme', consultantName: '', firmName: '' })),
    ...(pageNumbers ? { pageNumbers } : {}),
    numbering: {
      config: [
        {
          reference: 'steps',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: 'left' }],
        },
      ],
    },
    sections: [
      {
        children: [
          new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
          new Paragraph({ text: 'Steps', heading: 'Heading1' }),
          ...Array.from(
            { length: 80 },
            (_, index) =>
              new Paragraph({
                numbering: { reference: 'steps', level: 0 },
                children: [new TextRun(`Step ${index + 1}: call the plant manager again.`)],
              }),
          ),
          new Paragraph({ text: 'After the steps', heading: 'Heading1' }),
        ],
      },
    ],
  });
}
