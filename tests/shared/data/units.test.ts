import { describe, expect, it } from 'vitest';
import { emptyUnitDigest, libraryDigest, unitDigestOf } from '../../../shared/data/units';

const digest = (title: string) =>
  unitDigestOf([{ table: 'engagements', row: { id: title, title } }]).toString();

describe('libraryDigest', () => {
  it('is the same for the same units whatever their order, empty units counting as absent', () => {
    const a = digest('a');
    const b = digest('b');
    expect(
      libraryDigest([
        ['e1', a],
        ['e2', b],
      ]),
    ).toBe(
      libraryDigest([
        ['e2', b],
        ['e3', emptyUnitDigest],
        ['e1', a],
      ]),
    );
  });

  it("differs when one unit differs, is missing, or holds another unit's rows", () => {
    const a = digest('a');
    const b = digest('b');
    const library = libraryDigest([
      ['e1', a],
      ['e2', b],
    ]);
    expect(libraryDigest([['e1', a]])).not.toBe(library);
    expect(
      libraryDigest([
        ['e1', a],
        ['e2', digest('c')],
      ]),
    ).not.toBe(library);
    expect(
      libraryDigest([
        ['e1', b],
        ['e2', a],
      ]),
    ).not.toBe(library);
    expect(libraryDigest([])).not.toBe(library);
  });
});
