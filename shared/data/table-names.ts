/**
 * Every table of client data, with its primary key and what its rows belong to: what the database,
 * its safety journal and the start's check need. No schema here, so the start can load it without
 * evaluating every domain schema (zod): the schemas of the rows are in tables.ts, which the code
 * that validates rows (writes, import, restore, the safety copy) loads.
 */
export interface TableLayout {
  /** The primary key field. */
  key: 'id' | 'engagementId' | 'sessionId';
  /** What a row belongs to: the engagement itself, one of its sessions, or the engagement. */
  owner: 'engagement-root' | 'engagement' | 'session';
}

export const tableLayouts = {
  engagements: { key: 'id', owner: 'engagement-root' },
  sessions: { key: 'id', owner: 'engagement' },
  agendaItems: { key: 'id', owner: 'session' },
  participants: { key: 'id', owner: 'session' },
  sessionNotes: { key: 'id', owner: 'session' },
  facilitatorClocks: { key: 'sessionId', owner: 'session' },
  actionItems: { key: 'id', owner: 'engagement' },
  salesStages: { key: 'id', owner: 'engagement' },
  competitors: { key: 'id', owner: 'engagement' },
  industryTrends: { key: 'id', owner: 'engagement' },
  objectives: { key: 'id', owner: 'engagement' },
  objectiveRevisions: { key: 'id', owner: 'engagement' },
  objectiveRemovals: { key: 'id', owner: 'engagement' },
  personas: { key: 'id', owner: 'engagement' },
  objections: { key: 'id', owner: 'engagement' },
  perceptions: { key: 'id', owner: 'engagement' },
  salesHandoffs: { key: 'engagementId', owner: 'engagement' },
  critiqueEntries: { key: 'id', owner: 'engagement' },
  critiqueSheets: { key: 'engagementId', owner: 'engagement' },
  brandProfiles: { key: 'engagementId', owner: 'engagement' },
  brandTraits: { key: 'id', owner: 'engagement' },
  brandChannels: { key: 'id', owner: 'engagement' },
  // The deliverables' look (client logo, accent colour) and the last export choices.
  engagementBrandings: { key: 'engagementId', owner: 'engagement' },
  documentChoices: { key: 'engagementId', owner: 'engagement' },
  journeyPhases: { key: 'id', owner: 'engagement' },
  touchPoints: { key: 'id', owner: 'engagement' },
  emotionScores: { key: 'id', owner: 'engagement' },
  plans: { key: 'engagementId', owner: 'engagement' },
  campaigns: { key: 'id', owner: 'engagement' },
} as const satisfies Record<string, TableLayout>;

export type TableName = keyof typeof tableLayouts;
export const tableNames = Object.keys(tableLayouts) as TableName[];

export function isTableName(value: string): value is TableName {
  return Object.hasOwn(tableLayouts, value);
}
