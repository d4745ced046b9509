import { describe, expect, it } from 'vitest';
import { canonicalJson, digestOf, rowHash, TableDigest } from '../../../shared/data/row-digest';

describe('row and table digests', () => {
  it('hash a row the same whatever the order of its fields', () => {
    expect(rowHash({ id: 'a', title: 'Plan', nested: { b: 1, a: [1, 2] } })).toBe(
      rowHash({ nested: { a: [1, 2], b: 1 }, title: 'Plan', id: 'a' }),
    );
  });

  it('hash a row the same after a trip through JSON', () => {
    const row = { id: 'a', note: undefined, list: [undefined, 1], zero: -0 };
    expect(rowHash(row)).toBe(rowHash(JSON.parse(JSON.stringify(row))));
    expect(canonicalJson(row)).toBe('{"id":"a","list":[null,1],"zero":0}');
  });

  it('tell rows apart that differ in one character', () => {
    expect(rowHash({ id: 'a', purpose: 'Agree' })).not.toBe(rowHash({ id: 'a', purpose: 'agree' }));
  });

  it('give a table the same digest in any order, kept up to date by add and remove', () => {
    const rows = [{ id: 'a' }, { id: 'b', title: 'x' }, { id: 'c' }];
    const kept = new TableDigest();
    for (const row of rows) kept.add(rowHash(row));
    kept.remove(rowHash(rows[1]));
    kept.add(rowHash({ id: 'b', title: 'y' }));
    expect(kept.toString()).toBe(
      digestOf([{ id: 'c' }, { id: 'b', title: 'y' }, { id: 'a' }]).toString(),
    );
    expect(kept.rows).toBe(3);
    expect(digestOf([]).toString()).toBe('0:0000000000000000');
  });
});
