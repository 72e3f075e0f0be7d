import { describe, expect, it } from 'vitest';
import { nextBarIndex } from './bar-keys';

describe('reading bars from the keyboard', () => {
  it('steps with the arrows, stopping at either end', () => {
    expect(nextBarIndex('ArrowLeft', 3, 7)).toBe(2);
    expect(nextBarIndex('ArrowRight', 3, 7)).toBe(4);
    expect(nextBarIndex('ArrowLeft', 0, 7)).toBe(0);
    expect(nextBarIndex('ArrowRight', 6, 7)).toBe(6);
  });

  it('jumps with Home and End, and starts at the latest bar', () => {
    expect(nextBarIndex('Home', 4, 7)).toBe(0);
    expect(nextBarIndex('End', 1, 24)).toBe(23);
    expect(nextBarIndex('ArrowLeft', null, 7)).toBe(6);
  });

  it('ignores other keys and an empty chart', () => {
    expect(nextBarIndex('Enter', 2, 7)).toBeNull();
    expect(nextBarIndex('End', null, 0)).toBeNull();
  });
});
