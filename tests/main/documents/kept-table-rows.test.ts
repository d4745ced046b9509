import { describe, expect, it } from 'vitest';
import {
  firstKeptRow,
  leastRowsOfATail,
  linesOnAPage,
  rowLines,
} from '../../../main/documents/kept-table-rows';

const portrait = linesOnAPage('portrait');

describe('the rows of a table kept together', () => {
  it('counts about 55 lines on a portrait page and 35 on a landscape one', () => {
    expect(portrait).toBeGreaterThanOrEqual(50);
    expect(portrait).toBeLessThanOrEqual(56);
    expect(linesOnAPage('landscape')).toBeGreaterThanOrEqual(32);
    expect(linesOnAPage('landscape')).toBeLessThanOrEqual(36);
  });

  it('counts a row by its tallest cell, each typed line wrapped in its column', () => {
    expect(rowLines(['Short', 'Also short'], [200, 200])).toBe(1);
    const long = 'word '.repeat(60).trim();
    expect(rowLines([long, 'x'], [150, 150])).toBeGreaterThanOrEqual(8);
    expect(rowLines(['one\ntwo\nthree', ''], [300, 300])).toBe(3);
  });

  it('keeps a table of up to half a page whole, so it goes on with its heading', () => {
    expect(firstKeptRow([2, 2, 2, 1, 3], portrait)).toBe(0);
    expect(firstKeptRow(new Array<number>(20).fill(1), portrait)).toBe(0);
  });

  it('keeps the last rows of a long table together: four at least, and a quarter of a page', () => {
    const rows = new Array<number>(40).fill(1);
    const from = firstKeptRow(rows, portrait);
    expect(rows.length - from).toBeGreaterThanOrEqual(leastRowsOfATail);
    expect(rows.slice(from).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(portrait / 4);
    expect(rows.slice(from).reduce((a, b) => a + b, 0)).toBeLessThan(portrait / 4 + 1);

    const tallRows = new Array<number>(15).fill(5);
    expect(tallRows.length - firstKeptRow(tallRows, portrait)).toBe(leastRowsOfATail);
  });

  it('never keeps more than half a page together, so it always fits a page', () => {
    const huge = new Array<number>(8).fill(20);
    // Two rows of 20 lines are more than half a page: the last row alone keeps nothing.
    expect(firstKeptRow(huge, portrait)).toBe(huge.length);
    const big = new Array<number>(10).fill(9);
    const from = firstKeptRow(big, portrait);
    expect(big.slice(from).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(portrait / 2);
    expect(big.length - from).toBe(3);
  });

  it('keeps nothing of a table with one row', () => {
    expect(firstKeptRow([3], portrait)).toBe(1);
    expect(firstKeptRow([], portrait)).toBe(0);
  });
});
