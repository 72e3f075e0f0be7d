import { describe, expect, it } from 'vitest';
import { clearTemplateDraft, loadTemplateDraft, parseTemplateDraft, saveTemplateDraft } from './draft';
import { emptyTemplateFormValues, type TemplateFormValues } from './values';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const values: TemplateFormValues = {
  ...emptyTemplateFormValues(),
  name: 'draft-me',
  from: 'python:3.11',
  steps: [
    { id: 'a', kind: 'run', run: '' },
    { id: 'b', kind: 'user', name: 'app', sudo: true },
  ],
};

describe('template draft', () => {
  it('round-trips every field, half-typed steps included', () => {
    const storage = memoryStorage();
    saveTemplateDraft(storage, values, 42);
    expect(loadTemplateDraft(storage)).toEqual({ values, savedAt: 42 });
    clearTemplateDraft(storage);
    expect(loadTemplateDraft(storage)).toBeUndefined();
  });

  it('ignores anything that is not exactly a draft of this version', () => {
    expect(parseTemplateDraft('not json')).toBeUndefined();
    expect(parseTemplateDraft(JSON.stringify({ values: { name: 'x' }, savedAt: 1 }))).toBeUndefined();
    const badStep = { values: { ...values, steps: [{ id: 'a', kind: 'copy' }] }, savedAt: 1 };
    expect(parseTemplateDraft(JSON.stringify(badStep))).toBeUndefined();
  });
});
