import { describe, expect, it } from 'vitest';
import { DRAFT_STORAGE_KEY, clearDraft, loadDraft, parseDraft, saveDraft } from './draft';
import { emptyFormValues, keyValueRow, ruleRow } from './values';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

const values = {
  ...emptyFormValues('draft-me'),
  metadata: [keyValueRow('env', 'prod')],
  envVars: [keyValueRow('SECRET', 'sk-live-123')],
  allowOut: [ruleRow('api.openai.com')],
};

describe('drafts', () => {
  it('never writes env-var values (or names) to storage', () => {
    const storage = memoryStorage();
    saveDraft(storage, values);
    const text = storage.map.get(DRAFT_STORAGE_KEY) ?? '';
    expect(text).not.toContain('sk-live-123');
    expect(text).not.toContain('SECRET');
  });

  it('restores everything else and counts the dropped env vars', () => {
    const storage = memoryStorage();
    saveDraft(storage, values);
    const draft = loadDraft(storage);
    expect(draft?.values).toEqual({ ...values, envVars: [] });
    expect(draft?.droppedEnvVars).toBe(1);
  });

  it('ignores a draft of another shape or broken JSON', () => {
    expect(parseDraft('{"values":{"name":1}}')).toBeUndefined();
    expect(parseDraft('not json')).toBeUndefined();
    expect(parseDraft(null)).toBeUndefined();
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(() => saveDraft(broken, values)).not.toThrow();
    expect(loadDraft(broken)).toBeUndefined();
    expect(() => clearDraft(broken)).not.toThrow();
  });

  it('clears', () => {
    const storage = memoryStorage();
    saveDraft(storage, values);
    clearDraft(storage);
    expect(loadDraft(storage)).toBeUndefined();
  });
});
