import { describe, expect, it } from 'vitest';
import { describeFileError } from '../../../main/files/describe-file-error';

const errorWith = (code: string) => Object.assign(new Error(code), { code });
const path = '/Users/dana/Documents/Acme agenda.docx';

describe('file error messages', () => {
  it.each([
    [
      'EACCES',
      'Session Studio may not write to /Users/dana/Documents/Acme agenda.docx. Choose another folder.',
    ],
    [
      'EROFS',
      'Session Studio may not write to /Users/dana/Documents/Acme agenda.docx. Choose another folder.',
    ],
    [
      'ENOENT',
      'The folder for /Users/dana/Documents/Acme agenda.docx does not exist. Choose another folder.',
    ],
    [
      'ENOSPC',
      'The disk is full, so /Users/dana/Documents/Acme agenda.docx could not be saved. Free some space and try again.',
    ],
    ['EISDIR', '/Users/dana/Documents/Acme agenda.docx is a folder. Choose a file name.'],
    [
      'EBUSY',
      '/Users/dana/Documents/Acme agenda.docx is in use, perhaps open in Word. Close it and try again, or choose another name.',
    ],
    [
      'EXDEV',
      'Session Studio could not save /Users/dana/Documents/Acme agenda.docx (EXDEV). Nothing was written.',
    ],
  ])('says what %s means for the consultant', (code, message) => {
    expect(describeFileError(errorWith(code), path)).toBe(message);
  });

  it('copes with a failure that carries no code at all', () => {
    expect(describeFileError(new Error('odd'), path)).toBe(
      'Session Studio could not save /Users/dana/Documents/Acme agenda.docx. Nothing was written.',
    );
    expect(describeFileError(undefined, path)).toMatch(/could not save/);
  });
});
