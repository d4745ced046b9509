import { describe, expect, it } from 'vitest';
import {
  assemblePositioningStatement,
  type PositioningParts,
} from '../../../shared/domain/positioning';

const complete: PositioningParts = {
  forWhom: 'mid-size food producers',
  need: 'must trace every batch within an hour',
  brandName: 'TraceLine',
  category: 'traceability platform',
  benefit: 'answers an auditor in minutes',
  unlikeWhom: 'spreadsheet add-ons',
  difference: 'works offline on the factory floor',
};
const empty: PositioningParts = {
  forWhom: '',
  need: '',
  brandName: '',
  category: '',
  benefit: '',
  unlikeWhom: '',
  difference: '',
};

describe('positioning statement', () => {
  it('assembles the sentence from its parts', () => {
    const statement = assemblePositioningStatement(complete, 'Acme');
    expect(statement.text).toBe(
      'For mid-size food producers who must trace every batch within an hour, TraceLine is the ' +
        'traceability platform that answers an auditor in minutes. Unlike spreadsheet add-ons, ' +
        'TraceLine works offline on the factory floor.',
    );
    expect(statement.missing).toEqual([]);
  });

  it('falls back to the client’s name when no brand is given', () => {
    const statement = assemblePositioningStatement({ ...complete, brandName: '  ' }, 'Acme Foods');
    expect(statement.text).toContain(', Acme Foods is the traceability platform');
    expect(statement.text).toContain('Unlike spreadsheet add-ons, Acme Foods works offline');
  });

  it('shows each missing part as a placeholder and lists it once, in sentence order', () => {
    const statement = assemblePositioningStatement({ ...empty, category: 'CRM' }, '');
    expect(statement.text).toBe(
      'For [for whom] who [what need], [brand] is the CRM that [what benefit]. ' +
        'Unlike [unlike whom], [brand] [does what differently].',
    );
    expect(statement.missing).toEqual([
      'forWhom',
      'need',
      'brandName',
      'benefit',
      'unlikeWhom',
      'difference',
    ]);
    expect(
      statement.segments.filter((segment) => segment.kind === 'part' && segment.missing),
    ).toHaveLength(7);
  });

  it('drops words the template already says, trailing punctuation and line breaks', () => {
    const statement = assemblePositioningStatement(
      {
        forWhom: 'For  busy\nclinics.',
        need: 'who need fewer no-shows,',
        brandName: 'Remindly',
        category: 'the reminder service',
        benefit: 'that fills the diary.',
        unlikeWhom: 'Unlike paper cards',
        difference: 'texts in the patient’s language...',
      },
      'Acme',
    );
    expect(statement.text).toBe(
      'For busy clinics who need fewer no-shows, Remindly is the reminder service that fills the ' +
        'diary. Unlike paper cards, Remindly texts in the patient’s language.',
    );
  });

  it('keeps words that only begin like an echo ("forward", "theatre")', () => {
    const statement = assemblePositioningStatement(
      { ...complete, forWhom: 'forward-looking CFOs', category: 'theatre booking app' },
      '',
    );
    expect(statement.text).toMatch(/^For forward-looking CFOs who/);
    expect(statement.text).toContain('is the theatre booking app that');
  });
});
