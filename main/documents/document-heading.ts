import { Paragraph, TextRun } from 'docx';
import type { EngagementDetails } from '../../shared/domain/engagement';
import { labelled } from './document-blocks';

/** The top of a deliverable: the client as its title, then a line saying what it is. */
export function documentTop(engagement: EngagementDetails, subtitle: string): Paragraph[] {
  return [
    new Paragraph({ style: 'Title', children: [new TextRun(engagement.clientName)] }),
    new Paragraph({ children: [new TextRun({ text: subtitle, size: 28 })] }),
  ];
}

/** "Facilitator: Dana Reyes, Northwind Strategy", when either is known. */
export function facilitatorLine(engagement: EngagementDetails, label = 'Facilitator') {
  const who = [engagement.consultantName, engagement.firmName].filter(Boolean).join(', ');
  return who === '' ? [] : [labelled(label, who)];
}
