import { describe, expect, it } from 'vitest';
import type { BuildLogEvent } from '@/lib/contract';
import {
  applyEvent,
  applyEvents,
  createBuildLog,
  parseBuildLogData,
  shouldReconnect,
  startConnection,
  type BuildLogState,
} from './build-log';

const T0 = Date.parse('2026-05-01T10:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();

/** A build's history: `count` lines, alternating streams, the last one final when `final` is given. */
function history(count: number, final?: 'ready' | 'failed' | 'cancelled', tag = ''): BuildLogEvent[] {
  const streams = ['system', 'stdout', 'stderr'];
  return Array.from({ length: count }, (_, i) => ({
    timestamp: at(i * 10),
    stream: streams[i % 3],
    text: `line ${i}${tag}`,
    ...(final && i === count - 1 && { finished: true, status: final }),
  }));
}

/** One connection that receives `events` (a replay from the start, then live lines). */
function connect(state: BuildLogState, events: BuildLogEvent[]) {
  startConnection(state);
  return events.map((event) => applyEvent(state, event));
}

const texts = (state: BuildLogState) => state.lines.map((line) => line.text);
const count = (outcomes: string[], outcome: string) => outcomes.filter((o) => o === outcome).length;

describe('applyEvent: one connection', () => {
  it('appends each event as the next history line', () => {
    const state = createBuildLog();
    const outcomes = connect(state, history(4));
    expect(outcomes).toEqual(['appended', 'appended', 'appended', 'appended']);
    expect(state.lines[2]).toEqual({ index: 2, timestamp: at(20), stream: 'stderr', text: 'line 2' });
    expect(state.version).toBe(4);
    expect(state.finished).toBe(false);
    expect(shouldReconnect(state)).toBe(true);
  });

  it('records the final status and stops reconnecting', () => {
    const state = createBuildLog();
    connect(state, history(3, 'failed'));
    expect(state).toMatchObject({ finished: true, status: 'failed' });
    expect(shouldReconnect(state)).toBe(false);
  });

  it('fills in what an event leaves out', () => {
    const state = createBuildLog();
    connect(state, [{ text: '' }]);
    expect(state.lines).toEqual([{ index: 0, timestamp: undefined, stream: 'system', text: '' }]);
  });
});

describe('applyEvent: reconnecting', () => {
  it('shows no line twice and misses none after a drop mid-stream', () => {
    const server = history(10);
    const state = createBuildLog();
    connect(state, server.slice(0, 5));
    const outcomes = connect(state, server); // replays 0–4, then streams 5–9
    expect(count(outcomes, 'duplicate')).toBe(5);
    expect(count(outcomes, 'appended')).toBe(5);
    expect(texts(state)).toEqual(server.map((event) => event.text));
    expect(state.lines.map((line) => line.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(state).toMatchObject({
      rewrites: 0,
      resets: 0,
      connection: { number: 2, received: 10, offset: 0 },
    });
  });

  it('survives drops during a replay, several times over', () => {
    const server = history(12, 'ready');
    const state = createBuildLog();
    connect(state, server.slice(0, 6));
    connect(state, server.slice(0, 3)); // dropped again while replaying
    connect(state, server.slice(0, 8));
    connect(state, server);
    expect(texts(state)).toEqual(server.map((event) => event.text));
    expect(state).toMatchObject({ finished: true, status: 'ready', rewrites: 0 });
  });

  it('changes nothing when a finished build replays', () => {
    const server = history(5, 'ready');
    const state = createBuildLog();
    connect(state, server);
    const version = state.version;
    expect(connect(state, server)).toEqual(Array(5).fill('duplicate'));
    expect(state.version).toBe(version);
    expect(state).toMatchObject({ finished: true, status: 'ready' });
  });

  it('keeps identical lines apart by their place in the history', () => {
    const same = { timestamp: at(0), stream: 'stdout', text: '' };
    const server = [same, same, same, { ...same, text: 'after' }];
    const state = createBuildLog();
    connect(state, server.slice(0, 2));
    connect(state, server);
    expect(texts(state)).toEqual(['', '', '', 'after']);
  });

  it('tells interleaved streams apart: the same text on another stream is another line', () => {
    const state = createBuildLog();
    const out = { timestamp: at(0), stream: 'stdout', text: 'warning' };
    connect(state, [out, { ...out, stream: 'stderr' }]);
    expect(connect(state, [out, { ...out, stream: 'stderr' }, { ...out, stream: 'system' }])).toEqual([
      'duplicate',
      'duplicate',
      'appended',
    ]);
    expect(state.lines.map((line) => line.stream)).toEqual(['stdout', 'stderr', 'system']);
  });

  it('aligns a replay that starts later (a server keeping only the last part of the log)', () => {
    const server = history(10);
    const state = createBuildLog();
    connect(state, server.slice(0, 6));
    const outcomes = connect(state, server.slice(3)); // the server's buffer starts at line 3
    expect(count(outcomes, 'duplicate')).toBe(3);
    expect(texts(state)).toEqual(server.map((event) => event.text));
    expect(state.connection.offset).toBe(3);
    expect(state.lines.at(-1)?.index).toBe(9);
  });
});

describe('applyEvent: when the server history differs from what is shown', () => {
  it('keeps lines past a shorter replay until the server sends something else there', () => {
    const shown = history(8);
    const state = createBuildLog();
    connect(state, shown);
    connect(state, shown.slice(0, 5)); // replays 5 lines, then nothing yet
    expect(texts(state)).toHaveLength(8);
    expect(state.rewrites).toBe(0);
  });

  it('trusts the server from the first line that differs (a restarted server that lost the tail)', () => {
    const shown = history(8);
    const restarted = [...shown.slice(0, 5), ...history(9, 'failed', ' (rebuilt)').slice(5)];
    const state = createBuildLog();
    connect(state, shown);
    const outcomes = connect(state, restarted);
    expect(outcomes.slice(5)).toEqual(['replaced', 'appended', 'appended', 'appended']);
    expect(texts(state)).toEqual(restarted.map((event) => event.text));
    expect(state.lines.map((line) => line.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(state).toMatchObject({ rewrites: 1, finished: true, status: 'failed' });
  });

  it('takes a shorter history that ends early as the whole log', () => {
    const shown = history(8);
    const ended = [
      ...shown.slice(0, 3),
      { timestamp: at(999), stream: 'system', text: 'Build failed', finished: true, status: 'failed' },
    ];
    const state = createBuildLog();
    connect(state, shown);
    connect(state, ended);
    expect(texts(state)).toEqual(['line 0', 'line 1', 'line 2', 'Build failed']);
    expect(state).toMatchObject({ finished: true, status: 'failed', rewrites: 1 });
  });

  it('un-finishes a log whose final line the server replaces', () => {
    const state = createBuildLog();
    connect(state, history(3, 'ready'));
    connect(state, [...history(2), { timestamp: at(5), stream: 'stdout', text: 'still going' }]);
    expect(state).toMatchObject({ finished: false, status: undefined });
    expect(shouldReconnect(state)).toBe(true);
  });

  it('starts over when a connection shares nothing with what is shown', () => {
    const state = createBuildLog();
    connect(state, history(6, 'ready'));
    const fresh = history(2, undefined, ' (new history)').map((event) => ({
      ...event,
      timestamp: at(50_000),
    }));
    const outcomes = connect(state, fresh);
    expect(outcomes).toEqual(['reset', 'appended']);
    expect(texts(state)).toEqual(['line 0 (new history)', 'line 1 (new history)']);
    expect(state).toMatchObject({ resets: 1, finished: false, status: undefined });
  });
});

describe('applyEvents', () => {
  it('applies a batch and counts the events that changed the log', () => {
    const state = createBuildLog();
    startConnection(state);
    expect(applyEvents(state, history(3))).toBe(3);
    startConnection(state);
    expect(applyEvents(state, history(5))).toBe(2);
  });
});

describe('parseBuildLogData', () => {
  it('reads an SSE payload', () => {
    expect(parseBuildLogData('{"timestamp":"t","stream":"stdout","text":"hi"}')).toEqual({
      timestamp: 't',
      stream: 'stdout',
      text: 'hi',
    });
    expect(parseBuildLogData('{"finished":true,"status":"ready","text":null}')).toEqual({
      finished: true,
      status: 'ready',
      text: '',
    });
  });

  it('keeps an unreadable payload as a system line, so the count stays right', () => {
    expect(parseBuildLogData('not json')).toEqual({ stream: 'system', text: 'not json' });
    expect(parseBuildLogData('[1,2]')).toEqual({ stream: 'system', text: '[1,2]' });
    expect(parseBuildLogData('{"text":5}')).toEqual({ stream: 'system', text: '{"text":5}' });
  });
});

describe('performance', () => {
  const BIG = 20_000;
  const server = history(BIG * 2, 'ready');
  /** The fastest of three runs of `work` on a log `setup` prepares (untimed): a busy machine can't fail it. */
  const fastest = (setup: () => BuildLogState, work: (state: BuildLogState) => void) => {
    const times = [0, 1, 2].map(() => {
      const state = setup();
      const start = performance.now();
      work(state);
      return performance.now() - start;
    });
    return Math.min(...times);
  };
  const shown = () => {
    const state = createBuildLog();
    connect(state, server.slice(0, BIG));
    return state;
  };

  it(`applies ${BIG.toLocaleString('en')} lines, a replay of them, and the replay plus as many new ones, each well under 100 ms`, () => {
    expect(fastest(createBuildLog, (state) => connect(state, server.slice(0, BIG)))).toBeLessThan(100);
    expect(fastest(shown, (state) => connect(state, server.slice(0, BIG)))).toBeLessThan(100);
    expect(fastest(shown, (state) => connect(state, server))).toBeLessThan(100);
    const state = shown();
    connect(state, server);
    expect(state.lines).toHaveLength(BIG * 2);
    expect(state).toMatchObject({ finished: true, rewrites: 0, resets: 0 });
  });
});
