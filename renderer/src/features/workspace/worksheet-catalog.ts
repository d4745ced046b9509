/** Every worksheet of the method, in the order a session uses them. */
export interface WorksheetEntry {
  id: string;
  label: string;
  /** Session worksheets belong to one meeting; engagement worksheets carry across sessions. */
  scope: 'engagement' | 'session';
  /** One line on what the worksheet is for in the method. */
  purpose: string;
}

export const worksheetCatalog: readonly WorksheetEntry[] = [
  {
    id: 'details',
    label: 'Engagement details',
    scope: 'engagement',
    purpose: 'Who the client is and who runs the engagement.',
  },
  {
    id: 'purpose-agenda',
    label: 'Purpose & agenda',
    scope: 'session',
    purpose: 'A clear, attainable purpose and a timed agenda prepared in advance.',
  },
  {
    id: 'participants',
    label: 'Participants',
    scope: 'session',
    purpose: 'The right people in the room — sales is the role most often missing.',
  },
  {
    id: 'session-notes',
    label: 'Notes & decisions',
    scope: 'session',
    purpose: 'Notes per agenda item, decisions taken and a parking lot.',
  },
  {
    id: 'situation',
    label: 'Situation analysis',
    scope: 'engagement',
    purpose: 'The sales process, the competitors and the industry trends.',
  },
  {
    id: 'objectives',
    label: 'Objectives',
    scope: 'engagement',
    purpose: 'Objectives refined until they are quantifiable.',
  },
  {
    id: 'alignment',
    label: 'Sales & marketing alignment',
    scope: 'engagement',
    purpose: 'The buyer, their objections and perceptions.',
  },
  {
    id: 'self-critique',
    label: 'Self-critique',
    scope: 'engagement',
    purpose: 'An honest look in the mirror, and the changes needed to compete.',
  },
  {
    id: 'brand-personality',
    label: 'Brand personality',
    scope: 'engagement',
    purpose: 'One personality, consistent on every channel.',
  },
  {
    id: 'journey-map',
    label: 'Customer journey map',
    scope: 'engagement',
    purpose: 'The phases a prospect moves through: the blueprint for the campaigns.',
  },
  {
    id: 'campaigns',
    label: 'Campaigns & plan',
    scope: 'engagement',
    purpose: 'Work backwards from the final goal to each campaign.',
  },
  {
    id: 'action-items',
    label: 'Action items',
    scope: 'engagement',
    purpose: 'Who does what by when.',
  },
];

export function findWorksheet(id: string): WorksheetEntry {
  return (
    worksheetCatalog.find((entry) => entry.id === id) ?? (worksheetCatalog[1] as WorksheetEntry)
  );
}
