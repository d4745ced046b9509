import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../shared/documents/file-names';

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
});
