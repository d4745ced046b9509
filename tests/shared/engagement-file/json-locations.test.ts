import { describe, expect, it } from 'vitest';
import { locateJsonPaths, placeFinder } from '../../../shared/engagement-file/json-locations';

const text = `{
  "format": "session-studio-engagement",
  "engagement": { "id": "e1", "title": "Plan \\"A\\" {draft} [1]" },
  "tables": {
    "sessions": [
      { "id": "s1", "title": "Kick-off" },
      { "id": "s2", "title": 42 }
    ]
  }
}`;

describe('finding where a value is in a JSON text', () => {
  it('gives the line and column of each value asked for', () => {
    expect(
      locateJsonPaths(text, [
        ['format'],
        ['tables', 'sessions', 1, 'title'],
        ['tables', 'sessions', 0],
        ['engagement', 'title'],
      ]),
    ).toEqual([
      { line: 2, column: 13 },
      { line: 7, column: 30 },
      { line: 6, column: 7 },
      { line: 3, column: 40 },
    ]);
  });

  it('gives the nearest enclosing value for what is not there, and the start for the whole file', () => {
    expect(
      locateJsonPaths(text, [['engagement', 'clientName'], ['tables', 'sessions', 5, 'id'], []]),
    ).toEqual([
      { line: 3, column: 17 },
      { line: 5, column: 17 },
      { line: 1, column: 1 },
    ]);
  });

  it('skips strings holding brackets, quotes and backslashes', () => {
    const tricky = '{"a": ["]}\\\\", {"b": "\\"}"}], "c": {"d": [1, 2, {"e": true}]}}';
    expect(JSON.parse(tricky)).toBeTruthy();
    expect(locateJsonPaths(tricky, [['c', 'd', 2, 'e']])).toEqual([{ line: 1, column: 55 }]);
  });

  it('walks past a value nested 200,000 deep without running out of stack', () => {
    const deep = `{"junk": ${'['.repeat(200_000)}${']'.repeat(200_000)}, "after": 1}`;
    expect(locateJsonPaths(deep, [['after']])).toEqual([{ line: 1, column: 400_021 }]);
  });

  it('counts lines once for many places', () => {
    const place = placeFinder('ab\ncd\n\nef');
    expect([0, 2, 3, 6, 7, 8].map(place)).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
    ]);
  });
});
