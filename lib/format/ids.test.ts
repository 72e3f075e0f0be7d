import { describe, expect, it } from 'vitest';
import { compactId } from './ids';

describe('compactId', () => {
  it('keeps both ends of a long id, so ids with a shared prefix still differ', () => {
    expect(compactId('5eed0000-0000-4000-8000-000000000001')).toBe('5eed…0001');
    expect(compactId('5eed0000-0000-4000-8000-000000000002')).toBe('5eed…0002');
  });

  it('leaves short ids whole', () => {
    expect(compactId('abc')).toBe('abc');
    expect(compactId('123456789012')).toBe('123456789012');
  });
});
