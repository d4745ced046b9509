import type { z } from 'zod';
import { quoted } from './quoted';

const expectedWords: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  record: 'a group of fields',
  null: 'empty (null)',
};

function valueWords(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `text (${quoted(value)})`;
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : 'a number out of range';
    case 'boolean':
      return String(value);
    case 'object':
      return 'a group of fields';
    default:
      return typeof value;
  }
}

/**
 * Plain words for the checks zod makes on its own (a field missing, of the wrong type, a value
 * not among the allowed ones), where a schema gives no message of its own; shown after the
 * field's place, as in "sessions, row 2, title: is missing."
 */
export function fileIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing.';
      return `must be ${expectedWords[issue.expected] ?? issue.expected}, not ${valueWords(issue.input)}.`;
    case 'invalid_value': {
      if (issue.input === undefined) return 'is missing.';
      const allowed = issue.values.slice(0, 8).map((value) => quoted(String(value)));
      const more = issue.values.length > allowed.length ? ', …' : '';
      return `must be ${allowed.length === 1 ? allowed[0] : `one of ${allowed.join(', ')}${more}`}, not ${valueWords(issue.input)}.`;
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.slice(0, 5).map(quoted).join(', ');
      return issue.keys.length === 1
        ? `${keys} is not a field Session Studio knows.`
        : `${keys}${issue.keys.length > 5 ? ', …' : ''} are not fields Session Studio knows.`;
    }
    default:
      return undefined;
  }
}
