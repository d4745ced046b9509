import { limits } from './limits';
import { looksLikeEmail, maxEmailLength } from './participant';
import type { LineReading } from './pasted-lines';

export interface PastedParticipant {
  name: string;
  title: string;
  organisation: string;
  email: string;
}

const noName = { one: 'has no name', many: 'have no name' };

/**
 * Reads one pasted line as a person: "Name", "Name, Title, Organisation", or the same columns
 * separated by tabs (a spreadsheet). A column that is an e-mail address, wherever it stands, is
 * the person's e-mail. Extra comma columns stay in the organisation, never dropped.
 */
export function readParticipantLine(line: string): LineReading<PastedParticipant> {
  const parts = line.split(line.includes('\t') ? '\t' : ',').map((part) => part.trim());
  const emailAt = parts.findIndex((part) => looksLikeEmail(part) && part.length <= maxEmailLength);
  const email = emailAt >= 0 ? (parts.splice(emailAt, 1)[0] ?? '') : '';
  const [name = '', title = '', ...rest] = parts;
  const person = { name, title, organisation: rest.join(', '), email };
  if (name === '') return { ok: false, reason: noName };
  const tooLong = (['name', 'title', 'organisation'] as const).find(
    (column) => person[column].length > limits.name,
  );
  if (tooLong) {
    const limit = `longer than ${limits.name} characters`;
    return {
      ok: false,
      reason: { one: `has a ${tooLong} ${limit}`, many: `have a ${tooLong} ${limit}` },
    };
  }
  return { ok: true, entry: person };
}
