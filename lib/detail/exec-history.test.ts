import { describe, expect, it } from 'vitest';
import {
  HISTORY_LIMIT,
  addToHistory,
  historyStorageKey,
  loadHistory,
  parseHistory,
  saveHistory,
  stepHistory,
  toHistoryEntry,
} from './exec-history';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    items,
  };
}

describe('addToHistory', () => {
  it('puts the newest first and moves a repeat up instead of duplicating it', () => {
    let history = addToHistory([], { command: 'ls' });
    history = addToHistory(history, { command: 'pwd' });
    history = addToHistory(history, { command: 'ls' });
    expect(history.map((entry) => entry.command)).toEqual(['ls', 'pwd']);
  });

  it('treats the same command with other options as a different entry', () => {
    const history = addToHistory([{ command: 'ls' }], { command: 'ls', working_dir: '/tmp' });
    expect(history).toHaveLength(2);
  });

  it('keeps at most the limit', () => {
    let history = [] as ReturnType<typeof addToHistory>;
    for (let index = 0; index < HISTORY_LIMIT + 5; index += 1) {
      history = addToHistory(history, { command: `echo ${index}` });
    }
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]?.command).toBe(`echo ${HISTORY_LIMIT + 4}`);
  });
});

describe('toHistoryEntry', () => {
  it('keeps the command and the options that were set, nothing else', () => {
    expect(toHistoryEntry({ command: 'ls', timeout_s: 5, env: { A: 'secret' } })).toEqual({
      command: 'ls',
      timeout_s: 5,
    });
  });
});

describe('parseHistory', () => {
  it('reads a stored list and drops malformed entries', () => {
    const text = JSON.stringify([
      { command: 'ls' },
      { command: '' },
      { nope: 1 },
      { command: 'x', timeout_s: 1.5 },
    ]);
    expect(parseHistory(text)).toEqual([{ command: 'ls' }]);
  });

  it('returns an empty list for nothing, broken JSON or another shape', () => {
    expect(parseHistory(null)).toEqual([]);
    expect(parseHistory('{oops')).toEqual([]);
    expect(parseHistory('{"command":"ls"}')).toEqual([]);
  });
});

describe('load and save', () => {
  it('round-trips per sandbox', () => {
    const storage = memoryStorage();
    saveHistory(storage, 'a', [{ command: 'ls' }]);
    expect(loadHistory(storage, 'a')).toEqual([{ command: 'ls' }]);
    expect(loadHistory(storage, 'b')).toEqual([]);
    expect([...storage.items.keys()]).toEqual([historyStorageKey('a')]);
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(loadHistory(broken, 'a')).toEqual([]);
    expect(() => saveHistory(broken, 'a', [{ command: 'ls' }])).not.toThrow();
  });
});

describe('stepHistory', () => {
  it('walks from the draft to older entries and back, stopping at both ends', () => {
    expect(stepHistory(-1, 'older', 2)).toBe(0);
    expect(stepHistory(0, 'older', 2)).toBe(1);
    expect(stepHistory(1, 'older', 2)).toBeUndefined();
    expect(stepHistory(1, 'newer', 2)).toBe(0);
    expect(stepHistory(0, 'newer', 2)).toBe(-1);
    expect(stepHistory(-1, 'newer', 2)).toBeUndefined();
    expect(stepHistory(-1, 'older', 0)).toBeUndefined();
  });
});
