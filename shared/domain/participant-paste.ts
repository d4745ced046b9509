import { limits } from './limits';

export interface PastedParticipant {
  name: string;
  title: string;
  organisation: string;
  /** The line as pasted, handed back when it cannot be added yet. */
  line: string;
}

export interface ParticipantPaste {
  people: PastedParticipant[];
  /** Lines that cannot become a participant as they are, each with the reason. */
  refused: { line: string; reason: string }[];
}

/**
 * Reads a pasted list of people, one per line: "Name", "Name, Title, Organisation", or the same
 * columns separated by tabs (a spreadsheet). Blank lines are skipped; nothing else is dropped.
 */
export function parseParticipantLines(text: string): ParticipantPaste {
  const people: PastedParticipant[] = [];
  const refused: ParticipantPaste['refused'] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const [name = '', title = '', ...rest] = line
      .split(line.includes('\t') ? '\t' : ',')
      .map((part) => part.trim());
    const organisation = rest.join(', ');
    const tooLong = [
      ['Name', name],
      ['Title', title],
      ['Organisation', organisation],
    ].find(([, value]) => (value as string).length > limits.name);
    if (name === '') refused.push({ line, reason: 'The line has no name.' });
    else if (tooLong)
      refused.push({
        line,
        reason: `${tooLong[0]} can be at most ${limits.name} characters.`,
      });
    else people.push({ name, title, organisation, line });
  }
  return { people, refused };
}
