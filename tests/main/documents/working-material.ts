/**
 * What the working version of a deliverable prints for what is still empty or still to do, and
 * the consultant's own checks: none of it may reach the client version. Matched in the text of
 * the document (python-docx's or the XML's), case-sensitive.
 */
export const workingPhrases = [
  ' yet',
  'Not written',
  'Not stated',
  'Not described',
  'Not refined',
  'Nobody yet',
  'No owner',
  'No date',
  'No notes',
  'No answer',
  'not set',
  'Not set',
  'To set',
  'What to check',
  'SMART',
  'cannot be worked out',
  'Cannot be worked out',
  'Not comparable',
  'still to be agreed',
  'Still to settle',
  'Untitled',
  'No findings',
  'No words',
  'No traits',
  'no emotion curve',
  'no timeline',
  'draw the funnel',
  'appears once',
  'were not recorded',
  'No decisions',
  'No action items',
  'Nothing was parked',
  'No participants',
  'not filled in',
  'not been',
] as const;

/** The phrases of workingPhrases that the text holds. */
export function workingPhrasesIn(text: string): string[] {
  return workingPhrases.filter((phrase) => text.includes(phrase));
}
