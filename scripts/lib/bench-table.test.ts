import { describe, expect, it } from 'vitest';

import { median, parseBenchJson, percentile } from './bench-json';
import { benchRows, formatTable, goalRow, numberAt, routeFigures } from './bench-table';
import { meetsGoal, runFromLhr, summarise, worstScores } from './lighthouse-summary';

describe('parseBenchJson', () => {
  it('reads the last BENCH_JSON line among the report', () => {
    const output = 'report line\nBENCH_JSON {"ratio": 1}\nmore\nBENCH_JSON {"ratio": 2}\n';
    expect(parseBenchJson(output)).toEqual({ ratio: 2 });
  });

  it('gives undefined without such a line, or when it is not a JSON object', () => {
    expect(parseBenchJson('just a report\n')).toBeUndefined();
    expect(parseBenchJson('BENCH_JSON {not json')).toBeUndefined();
    expect(parseBenchJson('BENCH_JSON [1, 2]')).toBeUndefined();
    // Only a line that starts with the prefix counts, not one that quotes it.
    expect(parseBenchJson('  see BENCH_JSON {"a": 1}')).toBeUndefined();
  });
});

describe('percentile', () => {
  it('takes the sample at or just above the fraction, whatever the order; NaN for none', () => {
    const samples = [50, 10, 40, 20, 30, 60, 70, 80, 90, 100];
    expect(percentile(samples, 0.95)).toBe(100);
    expect(percentile(samples, 0.5)).toBe(60);
    expect(percentile(samples, 0)).toBe(10);
    expect(percentile([], 0.95)).toBeNaN();
    expect(samples[0]).toBe(50); // the samples are not sorted in place
  });
});

describe('median', () => {
  it('takes the middle, or the mean of the middle two, ignoring non-finite samples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([Number.NaN, 5])).toBe(5);
    expect(median([])).toBeNaN();
  });
});

describe('Lighthouse summaries', () => {
  const lhr = (score: number | null, tbt: number) => ({
    categories: { performance: { score } },
    audits: {
      'total-blocking-time': { numericValue: tbt },
      'largest-contentful-paint': { numericValue: 2000 },
      'first-contentful-paint': { numericValue: 900 },
    },
  });

  it('reads the score ×100 and the metrics from a result', () => {
    expect(runFromLhr(lhr(0.874, 310))).toEqual({ score: 87, tbt: 310, lcp: 2000, fcp: 900 });
    expect(runFromLhr(lhr(null, 0)).score).toBeNaN();
  });

  it('summarises runs by their medians and checks the preset goal', () => {
    const runs = [lhr(0.91, 200), lhr(0.85, 500), lhr(0.93, 150)].map(runFromLhr);
    const mobile = summarise('/sandboxes', 'mobile', runs);
    expect(mobile).toMatchObject({ score: 91, tbt: 200, runs: 3, scores: [91, 85, 93] });
    expect(meetsGoal(mobile)).toBe(true);
    expect(meetsGoal({ preset: 'desktop', score: 97 })).toBe(false);
    expect(meetsGoal({ preset: 'desktop', score: 98 })).toBe(true);
    const desktop = summarise('/audit', 'desktop', [runFromLhr(lhr(0.99, 0))]);
    expect(worstScores([mobile, desktop, { ...mobile, page: '/audit', score: 74 }])).toEqual({
      mobile: 74,
      desktop: 99,
    });
  });
});

describe('the bench table', () => {
  it('finds numbers at the top level or one level down', () => {
    expect(numberAt({ ratio: 1.2 }, 'ratio')).toBe(1.2);
    expect(numberAt({ figures: { chipFilterMs: 64 } }, 'chipFilterMs')).toBe(64);
    expect(numberAt({ ratio: 'fast' }, 'ratio')).toBeUndefined();
    expect(numberAt(undefined, 'ratio')).toBeUndefined();
  });

  it('reads first-load routes as a list or keyed by route', () => {
    const list = { routes: [{ route: '/sandboxes', kb: 170.2, ratio: 1.29 }] };
    const keyed = { routes: { '/sandboxes': { kb: 170.2, ratio: 1.29 } } };
    expect(routeFigures(list, '/sandboxes')).toEqual({ kb: 170.2, ratio: 1.29 });
    expect(routeFigures(keyed, '/sandboxes')).toEqual({ kb: 170.2, ratio: 1.29 });
    expect(routeFigures(list, '/templates')).toEqual({});
  });

  it('judges upper, strict and lower bounds, and says n/a for a missing figure', () => {
    expect(goalRow('a', 80, { max: 80, unit: ' ms', digits: 0 }).met).toBe(true);
    expect(goalRow('a', 16, { max: 16, strict: true, unit: ' ms', digits: 1 })).toMatchObject({
      goal: '< 16.0 ms',
      met: false,
    });
    expect(goalRow('a', 0.96, { min: 0.95, unit: '×', digits: 2 })).toMatchObject({
      figure: '0.96×',
      goal: '≥ 0.95×',
      met: true,
    });
    expect(goalRow('a', undefined, { max: 1, unit: '', digits: 0 })).toMatchObject({
      figure: 'n/a',
      met: undefined,
    });
  });

  it('builds rows from each benchmark, n/a where a benchmark gave nothing', () => {
    const rows = benchRows({
      proxy: { ratio: 1.1, sessionMs: 0.4 },
      lighthouse: {
        pages: [
          { page: '/sandboxes', preset: 'mobile', score: 88, tbt: 420 },
          { page: '/sandboxes', preset: 'desktop', score: 99, tbt: 20 },
          { page: '(empty Next page)', preset: 'mobile', score: 100, tbt: 0 },
        ],
      },
      load: { runs: [{ connections: 100, rps: 950.4, p99: 210, ok: true }], lostCreates: 0 },
    });
    const row = (what: string) => rows.find((r) => r.what === what);
    expect(row('Proxy core ÷ embedded API direct')).toMatchObject({ figure: '1.10×', met: true });
    expect(row('Lighthouse mobile /sandboxes')).toMatchObject({
      figure: '88 (TBT 420 ms)',
      goal: '≥ 90',
      met: false,
    });
    expect(row('Lighthouse desktop /sandboxes')?.met).toBe(true);
    // The reference page is in bench:lighthouse's own report, not among the goals.
    expect(rows.some((r) => r.what.includes('(empty'))).toBe(false);
    expect(row('Load: 100 connections through the proxy')).toMatchObject({
      figure: '950 req/s, p99 210 ms',
      met: true,
    });
    expect(row('Load: acknowledged creates all there afterwards')?.met).toBe(true);
    expect(row('First-load JS /sandboxes ÷ empty Next page')).toMatchObject({
      figure: 'n/a',
      met: undefined,
    });
    expect(row('5,000 sandboxes: page switch')).toMatchObject({ figure: 'n/a', goal: '≤ 80 ms' });
  });

  it('judges the command palette against issue #13’s 100 ms', () => {
    const rows = benchRows({ palette: { coldP95Ms: 64, warmP95Ms: 100 } }, ['palette']);
    expect(rows.map((r) => [r.figure, r.met])).toEqual([
      ['64 ms', true],
      ['100 ms', false],
    ]);
  });

  it('reports the standalone server’s size and start-up without a goal to meet or miss', () => {
    const rows = benchRows({ standalone: { totalMb: 40.04, healthMs: 812.4 } }, ['standalone']);
    expect(rows.map((r) => [r.figure, r.goal, r.met])).toEqual([
      ['40.0 MB', '(reported)', undefined],
      ['812 ms', '(reported)', undefined],
      ['n/a', '(reported)', undefined],
    ]);
  });

  it('lists only the benchmarks asked for', () => {
    const rows = benchRows({ proxy: { ratio: 1 } }, ['proxy']);
    expect(rows.map((r) => r.what)).toEqual(['Proxy core ÷ embedded API direct', 'Proxy: session check']);
  });

  it('prints aligned columns with a verdict', () => {
    const text = formatTable([
      { what: 'Proxy', figure: '1.10×', goal: '≤ 1.15×', met: true },
      { what: 'Page switch', figure: 'n/a', goal: '≤ 80 ms', met: undefined },
      { what: 'Lighthouse', figure: '74', goal: '≥ 90', met: false },
    ]).split('\n');
    expect(text[0]).toMatch(/^What\s+Figure\s+Goal\s+Met\?$/);
    expect(text[1]).toMatch(/^Proxy\s+1\.10×\s+≤ 1\.15×\s+met$/);
    expect(text[2]).toMatch(/n\/a$/);
    expect(text[3]).toMatch(/NOT met$/);
    expect(new Set(text.map((line) => line.indexOf(line.trim().split(/\s{2,}/)[1]!))).size).toBe(1);
  });
});
