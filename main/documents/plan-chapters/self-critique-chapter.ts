import { Paragraph } from 'docx';
import type { MarketingPlanSnapshot } from '../../../shared/documents/marketing-plan-snapshot';
import { critiqueKindLabels, type CritiqueKind } from '../../../shared/domain/critique';
import { assemblePositioningStatement } from '../../../shared/domain/positioning';
import { bulletList, dataTable, emptyNote, textRun } from '../document-blocks';
import type { TableLook } from '../document-blocks';
import { chapter, forClient, part, type Block, type Chapter, type PlanContext } from './chapter';

type Critique = MarketingPlanSnapshot['critique'];

function findings(critique: Critique, kind: CritiqueKind): string[] {
  return critique.entries
    .filter((entry) => entry.kind === kind && entry.text.trim() !== '')
    .map((entry) => entry.text.trim());
}

/** Two SWOT lists side by side, one finding per line. */
function swotPair(critique: Critique, left: CritiqueKind, right: CritiqueKind, look: TableLook) {
  const list = (kind: CritiqueKind) => {
    const entries = findings(critique, kind);
    return entries.length === 0 ? '—' : entries.map((entry) => `• ${entry}`).join('\n');
  };
  return dataTable(
    [
      { header: critiqueKindLabels[left].many, width: 50 },
      { header: critiqueKindLabels[right].many, width: 50 },
    ],
    [[list(left), list(right)]],
    look,
  );
}

function swot(critique: Critique, look: TableLook): Block[] | null {
  const kinds: CritiqueKind[] = ['strength', 'weakness', 'opportunity', 'threat'];
  if (kinds.every((kind) => findings(critique, kind).length === 0)) return null;
  return [
    swotPair(critique, 'strength', 'weakness', look),
    new Paragraph({ children: [] }),
    swotPair(critique, 'opportunity', 'threat', look),
  ];
}

function views(sheet: Critique['sheet'], look: TableLook): Block[] | null {
  if (sheet.selfView.trim() === '' && sheet.prospectView.trim() === '') return null;
  return [
    dataTable(
      [
        { header: 'How the brand sees itself', width: 50 },
        { header: 'How prospects see it', width: 50 },
      ],
      [[sheet.selfView.trim() || '—', sheet.prospectView.trim() || '—']],
      look,
    ),
  ];
}

function positioning(
  sheet: Critique['sheet'],
  clientName: string,
  context: Pick<PlanContext, 'version'>,
): Block[] | null {
  const { selfView: _self, prospectView: _prospect, ...parts } = sheet;
  const filled = Object.entries(parts).some(([key, value]) => key !== 'brandName' && value.trim());
  if (!filled) return null;
  const statement = assemblePositioningStatement(parts, clientName);
  // A statement with parts still to agree is a draft: the client version waits for the whole one.
  if (statement.missing.length > 0 && forClient(context)) return null;
  return [
    new Paragraph({ children: [textRun(statement.text, { bold: true })] }),
    ...(statement.missing.length > 0
      ? [emptyNote('The parts in [brackets] are still to be agreed.')]
      : []),
  ];
}

/** The self-critique: SWOT, the two views of the brand, the positioning and the changes needed. */
export function selfCritiqueChapter(
  snapshot: MarketingPlanSnapshot,
  context: PlanContext,
): Chapter | null {
  const { look } = context;
  const { critique, engagement } = snapshot;
  const changes = findings(critique, 'change');
  const sections = {
    swot: swot(critique, look),
    views: views(critique.sheet, look),
    positioning: positioning(critique.sheet, engagement.clientName, context),
  };
  const isEmpty = Object.values(sections).every((value) => value === null) && changes.length === 0;
  const body = [
    ...part(
      'Strengths, weaknesses, opportunities and threats',
      sections.swot,
      'No findings yet.',
      context,
    ),
    ...part(
      'The brand as it sees itself and as prospects see it',
      sections.views,
      'Not described yet.',
      context,
    ),
    ...part('Positioning statement', sections.positioning, 'Not written yet.', context),
    ...part(
      critiqueKindLabels.change.many,
      changes.length === 0 ? null : bulletList(changes),
      'No changes named yet.',
      context,
    ),
  ];
  return chapter(
    'Self-critique',
    'portrait',
    isEmpty ? null : body,
    'The self-critique has not been filled in yet.',
    context,
  );
}
