/** Length limits for what a consultant types: generous for real use, bounded against pastes. */
export const limits = {
  name: 200,
  shortText: 500,
  longText: 10_000,
  agendaItems: 100,
  agendaItemMinutes: 480,
  sessionMinutes: 24 * 60,
} as const;
