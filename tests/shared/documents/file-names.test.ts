import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isReservedOnWindows,
  safeDefaultFileName,
  safeFileName,
} from '../../../shared/documents/file-names';

describe('safe file names', () => {
  it('joins what the consultant typed into a readable name', () => {
    expect(
      safeFileName(['Acme Robotics', 'Kick-off session', 'Agenda', '2026-11-30'], 'docx'),
    ).toBe('Acme Robotics - Kick-off session - Agenda - 2026-11-30.docx');
  });

  it('drops characters no platform allows, control characters and empty parts', () => {
    expect(safeFileName(['A/B: "C" <D>|E*?', '', '  ', 'Q3\u0000\u001f plan'], 'docx')).toBe(
      'A B C D E - Q3 plan.docx',
    );
  });

  it('never starts or ends with dots or spaces, which Windows refuses', () => {
    expect(safeFileName(['..hidden.  '], 'docx')).toBe('hidden.docx');
  });

  it('falls back to “Session Studio” when nothing usable is left', () => {
    expect(safeFileName(['', '///', '...'], 'docx')).toBe('Session Studio.docx');
  });

  it('keeps a 10,000-character client name to a length every file system accepts', () => {
    const name = safeFileName(['x'.repeat(10_000), 'Agenda'], 'docx');
    expect(name.length).toBeLessThanOrEqual(125);
    expect(name.endsWith('.docx')).toBe(true);
  });

  it('never offers a name Windows keeps for a device, whatever follows it', () => {
    expect(safeFileName(['CON'], 'docx')).toBe('CON_.docx');
    expect(safeFileName(['nul'], 'sessionstudio')).toBe('nul_.sessionstudio');
    expect(safeFileName(['Com1 ', ''], 'docx')).toBe('Com1_.docx');
    expect(safeFileName(['Aux.Inc'], 'docx')).toBe('Aux_.Inc.docx');
    expect(safeFileName(['LPT9'], 'docx')).toBe('LPT9_.docx');
    // A reserved word inside a longer name is fine.
    expect(safeFileName(['Con', 'Agenda'], 'docx')).toBe('Con - Agenda.docx');
    expect(safeFileName(['Console Corp'], 'docx')).toBe('Console Corp.docx');
  });

  it('never leaves a dot or a space at the end of the name, even where it is cut short', () => {
    expect(safeFileName(['x'.repeat(119) + '.' + 'y'.repeat(50)], 'docx')).toBe(
      'x'.repeat(119) + '.docx',
    );
  });

  it('holds for anything typed: no device name, no trailing dot or space, no forbidden character', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 200 }), { maxLength: 4 }),
        (parts) => {
          const name = safeFileName(parts, 'docx');
          expect(isReservedOnWindows(name)).toBe(false);
          expect(name).not.toMatch(/[. ]$/);
          expect(name).not.toMatch(/^[. ]/);
          // eslint-disable-next-line no-control-regex
          expect(name).not.toMatch(/[\\/:*?"<>|\u0000-\u001f]/);
          expect(name.length).toBeLessThanOrEqual(125);
          expect(safeDefaultFileName(name)).toBe(name);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the name a save dialog offers', () => {
  it('is made safe whoever built it, keeping its extension', () => {
    expect(safeDefaultFileName('NUL.docx')).toBe('NUL_.docx');
    expect(safeDefaultFileName('com3 .sessionstudio')).toBe('com3_.sessionstudio');
    expect(safeDefaultFileName('Plan. .docx')).toBe('Plan.docx');
    expect(safeDefaultFileName('Acme - Agenda.docx')).toBe('Acme - Agenda.docx');
    expect(safeDefaultFileName('backup')).toBe('backup');
    expect(safeDefaultFileName('PRN')).toBe('PRN_');
  });
});
