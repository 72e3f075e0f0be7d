import { describe, expect, it } from 'vitest';
import { deleteConfirmationMatches, deleteConfirmed } from './delete-confirmation';

describe('deleteConfirmationMatches', () => {
  it('wants exactly the number of sandboxes', () => {
    expect(deleteConfirmationMatches('3', 3)).toBe(true);
    expect(deleteConfirmationMatches(' 3 ', 3)).toBe(true);
    expect(deleteConfirmationMatches('03', 3)).toBe(false);
    expect(deleteConfirmationMatches('3.0', 3)).toBe(false);
    expect(deleteConfirmationMatches('three', 3)).toBe(false);
    expect(deleteConfirmationMatches('', 3)).toBe(false);
    expect(deleteConfirmationMatches('4', 3)).toBe(false);
  });

  it('never confirms deleting nothing', () => {
    expect(deleteConfirmationMatches('0', 0)).toBe(false);
  });
});

describe('deleteConfirmed', () => {
  it('wants the one sandbox’s name exactly', () => {
    expect(deleteConfirmed('web-1', ['web-1'])).toBe(true);
    expect(deleteConfirmed('web-', ['web-1'])).toBe(false);
    expect(deleteConfirmed(' web-1', ['web-1'])).toBe(false);
    expect(deleteConfirmed('WEB-1', ['web-1'])).toBe(false);
    expect(deleteConfirmed('1', ['web-1'])).toBe(false);
  });

  it('wants the count for several, and never confirms nothing', () => {
    expect(deleteConfirmed('2', ['a', 'b'])).toBe(true);
    expect(deleteConfirmed('a', ['a', 'b'])).toBe(false);
    expect(deleteConfirmed('', [])).toBe(false);
    expect(deleteConfirmed('0', [])).toBe(false);
  });
});
