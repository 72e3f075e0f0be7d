import { describe, expect, it } from 'vitest';
import type { BuildLogLine } from './build-log';
import {
  buildLogFileName,
  buildLogText,
  filterLogLines,
  isFilterEmpty,
  lineOffsetMs,
  streamOf,
} from './build-log-view';

const line = (index: number, stream: string, text: string, timestamp?: string): BuildLogLine => ({
  index,
  stream,
  text,
  timestamp,
});

const lines = [
  line(0, 'system', 'Pulling base image python:3.11', '2026-05-01T10:00:00Z'),
  line(1, 'stdout', 'Collecting Flask', '2026-05-01T10:00:01.500Z'),
  line(2, 'stderr', 'WARNING: pip is out of date', '2026-05-01T10:00:02Z'),
  line(3, 'stdout', 'Successfully installed flask-3.0', '2026-05-01T10:01:05Z'),
  line(4, 'progress', 'a stream this console does not know', '2026-05-01T10:01:06Z'),
];

describe('streamOf', () => {
  it('keeps the three known streams and files anything else under system', () => {
    expect(lines.map(streamOf)).toEqual(['system', 'stdout', 'stderr', 'stdout', 'system']);
  });
});

describe('filterLogLines', () => {
  it('returns the same array when the filter hides nothing', () => {
    expect(filterLogLines(lines, {})).toBe(lines);
    expect(filterLogLines(lines, { query: '   ', streams: new Set(['stdout', 'stderr', 'system']) })).toBe(
      lines,
    );
    expect(isFilterEmpty({ streams: new Set(['stdout']) })).toBe(false);
  });

  it('finds text case-insensitively, keeping line indexes', () => {
    expect(filterLogLines(lines, { query: 'FLASK' }).map((l) => l.index)).toEqual([1, 3]);
    expect(filterLogLines(lines, { query: ' flask-3.0 ' }).map((l) => l.index)).toEqual([3]);
    expect(filterLogLines(lines, { query: 'nothing like this' })).toEqual([]);
  });

  it('takes the query literally, regular-expression characters included', () => {
    const odd = [line(0, 'stdout', 'a.b (c) [d] $e ^f *g +h ?i |j \\k {l}'), line(1, 'stdout', 'axb')];
    for (const query of ['a.b', '(c)', '[d]', '$e', '^f', '*g', '+h', '?i', '|j', '\\k', '{l}']) {
      expect(filterLogLines(odd, { query }).map((l) => l.index)).toEqual([0]);
    }
  });

  it('filters by stream, alone or with text', () => {
    expect(filterLogLines(lines, { streams: new Set(['stderr']) }).map((l) => l.index)).toEqual([2]);
    expect(filterLogLines(lines, { streams: new Set(['system']) }).map((l) => l.index)).toEqual([0, 4]);
    expect(filterLogLines(lines, { query: 'flask', streams: new Set(['stdout', 'system']) })).toHaveLength(2);
    expect(filterLogLines(lines, { streams: new Set() })).toEqual([]);
  });

  it('filters 20,000 lines quickly', () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      line(i, 'stdout', `Collecting package-${i} from pypi`),
    );
    const times = [0, 1, 2].map(() => {
      const start = performance.now();
      expect(filterLogLines(many, { query: 'PACKAGE-1999' })).toHaveLength(11);
      return performance.now() - start;
    });
    expect(Math.min(...times)).toBeLessThan(50);
  });
});

describe('lineOffsetMs', () => {
  it('measures from the first line, when both times are known', () => {
    expect(lineOffsetMs(lines[3] as BuildLogLine, lines[0])).toBe(65_000);
    expect(lineOffsetMs(lines[0] as BuildLogLine, lines[0])).toBe(0);
    expect(lineOffsetMs(line(9, 'stdout', 'x'), lines[0])).toBeUndefined();
    expect(lineOffsetMs(lines[1] as BuildLogLine, undefined)).toBeUndefined();
    expect(lineOffsetMs(line(9, 'stdout', 'x', 'garbage'), lines[0])).toBeUndefined();
    expect(lineOffsetMs(lines[0] as BuildLogLine, lines[1])).toBe(0); // never negative
  });
});

describe('buildLogText', () => {
  it('writes one line per event: ISO time, stream, text', () => {
    expect(buildLogText(lines.slice(0, 3))).toBe(
      [
        '2026-05-01T10:00:00.000Z system Pulling base image python:3.11',
        '2026-05-01T10:00:01.500Z stdout Collecting Flask',
        '2026-05-01T10:00:02.000Z stderr WARNING: pip is out of date',
        '',
      ].join('\n'),
    );
  });

  it('prefixes every line of a multi-line event, and marks unknown or unreadable times', () => {
    const odd = [
      line(0, 'stdout', 'one\ntwo\r\nthree\n'),
      line(1, 'stderr', '', 'not a time'),
      line(2, 'system', 'offset', '2026-05-01T12:00:00+02:00'),
    ];
    expect(buildLogText(odd)).toBe(
      [
        '- stdout one',
        '- stdout two',
        '- stdout three',
        'not a time stderr',
        '2026-05-01T10:00:00.000Z system offset',
        '',
      ].join('\n'),
    );
  });

  it('is empty for no lines', () => {
    expect(buildLogText([])).toBe('');
  });
});

describe('buildLogFileName', () => {
  it('names the file after the template and the build', () => {
    expect(buildLogFileName('acme/python-env', '7e3a0000-0000-4000-8000-000000000001')).toBe(
      'acme-python-env-build-7e3a0000.log',
    );
    expect(buildLogFileName('My Template!', 'b1')).toBe('my-template-build-b1.log');
    expect(buildLogFileName('///', '')).toBe('template-build.log');
  });
});
