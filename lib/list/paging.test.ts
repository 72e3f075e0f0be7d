import { describe, expect, it } from 'vitest';
import { clampPage, pageCount, pageRange } from './paging';

describe('pageCount', () => {
  it('rounds up, and is at least 1', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(1, 25)).toBe(1);
    expect(pageCount(25, 25)).toBe(1);
    expect(pageCount(26, 25)).toBe(2);
    expect(pageCount(5000, 200)).toBe(25);
    expect(pageCount(5001, 200)).toBe(26);
  });
});

describe('clampPage', () => {
  it('keeps a page in range and pulls one past the end back to the last page', () => {
    expect(clampPage(2, 50, 25)).toBe(2);
    expect(clampPage(3, 50, 25)).toBe(2);
    expect(clampPage(3, 51, 25)).toBe(3);
    expect(clampPage(9, 0, 25)).toBe(1);
    expect(clampPage(0, 100, 25)).toBe(1);
  });
});

describe('pageRange', () => {
  it('gives 1-based first and last rows', () => {
    expect(pageRange(1, 25, 132)).toEqual({ first: 1, last: 25 });
    expect(pageRange(2, 25, 132)).toEqual({ first: 26, last: 50 });
    expect(pageRange(6, 25, 132)).toEqual({ first: 126, last: 132 });
    expect(pageRange(1, 25, 1)).toEqual({ first: 1, last: 1 });
  });

  it('is 0–0 for an empty list or a page past the end', () => {
    expect(pageRange(1, 25, 0)).toEqual({ first: 0, last: 0 });
    expect(pageRange(7, 25, 150)).toEqual({ first: 0, last: 0 });
    expect(pageRange(6, 25, 150)).toEqual({ first: 126, last: 150 });
  });
});
