/**
 * `npm run bench`'s one table, kept pure for its test: each benchmark's `BENCH_JSON` figures (undefined when a
 * benchmark printed none) turned into rows of figure, goal and verdict. A figure a benchmark did not give is
 * "n/a", never a guess, so a missing or older benchmark shows as such instead of failing the whole table.
 */

export type BenchName =
  | 'first-load'
  | 'proxy'
  | 'proxy-http'
  | 'list'
  | 'palette'
  | 'lighthouse'
  | 'load'
  | 'build-log'
  | 'emulator'
  | 'standalone';

export type BenchResults = Partial<Record<BenchName, Record<string, unknown> | undefined>>;

export type Row = { what: string; figure: string; goal: string; met: boolean | undefined };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A finite number at `key`, at the top level or one level down (a benchmark may group its figures). */
export function numberAt(json: Json | undefined, key: string): number | undefined {
  if (!json) return undefined;
  const direct = json[key];
  if (typeof direct === 'number' && Number.isFinite(direct)) return direct;
  for (const value of Object.values(json)) {
    if (isObject(value) && typeof value[key] === 'number' && Number.isFinite(value[key])) return value[key];
  }
  return undefined;
}

/**
 * bench:first-load's figures for a route: `routes` as a list of `{ route, kb, ratio }` or as an object keyed by
 * route, or the route as a top-level key.
 */
export function routeFigures(json: Json | undefined, route: string): { kb?: number; ratio?: number } {
  if (!json) return {};
  const routes = json.routes;
  let entry: unknown;
  if (Array.isArray(routes)) entry = routes.find((r) => isObject(r) && r.route === route);
  else if (isObject(routes)) entry = routes[route];
  else entry = json[route];
  if (!isObject(entry)) return {};
  const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
  return { kb: num(entry.kb), ratio: num(entry.ratio) };
}

/** An upper (`max`) or lower (`min`) bound; `strict` when the figure must be below the bound, not at it. */
type Goal = { max?: number; min?: number; strict?: boolean; unit: string; digits: number };

/** A row for one number against an upper or lower bound. */
export function goalRow(what: string, value: number | undefined, goal: Goal, extra = ''): Row {
  const format = (n: number) => `${n.toFixed(goal.digits)}${goal.unit}`;
  const bound =
    goal.max !== undefined ? `${goal.strict ? '<' : '≤'} ${format(goal.max)}` : `≥ ${format(goal.min!)}`;
  if (value === undefined) return { what, figure: 'n/a', goal: bound, met: undefined };
  const met =
    goal.max !== undefined ? (goal.strict ? value < goal.max : value <= goal.max) : value >= goal.min!;
  return { what, figure: `${format(value)}${extra}`, goal: bound, met };
}

/** A row for a figure the issues ask to report without a goal (issue #14's standalone size and start-up). */
export function reportRow(what: string, value: number | undefined, unit: string, digits: number): Row {
  return {
    what,
    figure: value === undefined ? 'n/a' : `${value.toFixed(digits)}${unit}`,
    goal: '(reported)',
    met: undefined,
  };
}

const FIRST_LOAD_GOALS: Array<[string, number]> = [
  ['/sandboxes', 1.3],
  ['/sandboxes/new', 1.5],
  ['/sandboxes/[id]', 1.5],
  ['/templates', 1.5],
  ['/templates/new', 1.5],
  ['/templates/[id]', 1.5],
];

function firstLoadRows(json: Json | undefined): Row[] {
  return FIRST_LOAD_GOALS.map(([route, max]) => {
    const { kb, ratio } = routeFigures(json, route);
    return goalRow(
      `First-load JS ${route} ÷ empty Next page`,
      ratio,
      { max, unit: '×', digits: 2 },
      kb === undefined ? '' : ` (${kb.toFixed(1)} KB)`,
    );
  });
}

type LighthousePage = { page: string; preset: string; score: number; tbt: number };

function lighthouseRows(json: Json | undefined): Row[] {
  const pages = Array.isArray(json?.pages) ? (json.pages as LighthousePage[]) : undefined;
  if (!pages) {
    return [
      goalRow('Lighthouse mobile, every page (lowest score)', undefined, { min: 90, unit: '', digits: 0 }),
      goalRow('Lighthouse desktop, every page (lowest score)', undefined, { min: 98, unit: '', digits: 0 }),
    ];
  }
  return pages
    .filter((p) => !p.page.startsWith('('))
    .map((p) =>
      goalRow(
        `Lighthouse ${p.preset} ${p.page}`,
        p.score,
        { min: p.preset === 'desktop' ? 98 : 90, unit: '', digits: 0 },
        ` (TBT ${Math.round(p.tbt)} ms)`,
      ),
    );
}

type LoadRun = { connections: number; rps: number; p99: number; ok: boolean };

function loadRows(json: Json | undefined): Row[] {
  const runs = Array.isArray(json?.runs) ? (json.runs as LoadRun[]) : undefined;
  if (!runs)
    return [
      {
        what: 'Load through the proxy (bench:load)',
        figure: 'n/a',
        goal: 'no errors, nothing lost',
        met: undefined,
      },
    ];
  const rows: Row[] = runs.map((run) => ({
    what: `Load: ${run.connections} connections through the proxy`,
    figure: `${Math.round(run.rps)} req/s, p99 ${Math.round(run.p99)} ms`,
    goal: 'no errors, timeouts or 5xx',
    met: run.ok,
  }));
  const lost = numberAt(json, 'lostCreates');
  rows.push({
    what: 'Load: acknowledged creates all there afterwards',
    figure: lost === undefined ? 'n/a' : `${lost} lost`,
    goal: '0 lost',
    met: lost === undefined ? undefined : lost === 0,
  });
  return rows;
}

/**
 * Every figure of issue #12's table, plus bench:load, the build log, the embedded API, issue #13's command
 * palette and issue #14's standalone server, in a fixed order;
 * only the benchmarks in `include` (all by default), so a partial run lists only what it ran.
 */
export function benchRows(results: BenchResults, include?: readonly BenchName[]): Row[] {
  const proxy = results.proxy;
  const list = results.list;
  const palette = results.palette;
  const buildLog = results['build-log'];
  const emulator = results.emulator;
  const standalone = results.standalone;
  const ms = (digits: number) => ({ unit: ' ms', digits });
  const groups: Array<[BenchName, Row[]]> = [
    ['first-load', firstLoadRows(results['first-load'])],
    [
      'proxy',
      [
        goalRow('Proxy core ÷ embedded API direct', numberAt(proxy, 'ratio'), {
          max: 1.15,
          unit: '×',
          digits: 2,
        }),
        goalRow('Proxy: session check', numberAt(proxy, 'sessionMs'), { max: 1, ...ms(3) }),
      ],
    ],
    [
      'proxy-http',
      [
        goalRow('Proxy over HTTP: /api ÷ /emulator requests/s', numberAt(results['proxy-http'], 'ratio'), {
          min: 0.95,
          unit: '×',
          digits: 2,
        }),
      ],
    ],
    [
      'list',
      [
        goalRow('5,000 sandboxes: first rows painted ÷ FCP', numberAt(list, 'firstRowsRatio'), {
          max: 1.1,
          unit: '',
          digits: 2,
        }),
        goalRow('5,000 sandboxes: metadata-chip filter → rows', numberAt(list, 'chipFilterMs'), {
          max: 80,
          ...ms(0),
        }),
        goalRow('5,000 sandboxes: page switch', numberAt(list, 'pageSwitchMs'), { max: 80, ...ms(0) }),
        goalRow('Scrolling a 200-row page: p95 frame', numberAt(list, 'scrollP95Ms'), { max: 20, ...ms(0) }),
      ],
    ],
    [
      'palette',
      [
        goalRow('Command palette: first open (page idle), p95', numberAt(palette, 'coldP95Ms'), {
          max: 100,
          strict: true,
          ...ms(0),
        }),
        goalRow('Command palette: reopen, p95', numberAt(palette, 'warmP95Ms'), {
          max: 100,
          strict: true,
          ...ms(0),
        }),
      ],
    ],
    ['lighthouse', lighthouseRows(results.lighthouse)],
    ['load', loadRows(results.load)],
    [
      'build-log',
      [
        goalRow('Build log: drawing frames median', numberAt(buildLog, 'medianMs'), {
          max: 16,
          strict: true,
          ...ms(1),
        }),
        goalRow('Build log: drawing frames p95', numberAt(buildLog, 'p95Ms'), {
          max: 33,
          strict: true,
          ...ms(1),
        }),
      ],
    ],
    [
      'emulator',
      [
        goalRow('Embedded API: list by two metadata keys', numberAt(emulator, 'listFilteredMs'), {
          max: 10,
          ...ms(2),
        }),
        goalRow('Embedded API: create', numberAt(emulator, 'createMs'), { max: 5, ...ms(2) }),
        goalRow('Embedded API: get', numberAt(emulator, 'getMs'), { max: 2, ...ms(2) }),
      ],
    ],
    [
      'standalone',
      [
        reportRow('Standalone folder, as deployed (with static/)', numberAt(standalone, 'totalMb'), ' MB', 1),
        reportRow(
          'Standalone server: spawn → first 200 /api/health',
          numberAt(standalone, 'healthMs'),
          ' ms',
          0,
        ),
        reportRow('Standalone server: spawn → first 200 /sign-in', numberAt(standalone, 'pageMs'), ' ms', 0),
      ],
    ],
  ];
  return groups.filter(([name]) => !include || include.includes(name)).flatMap(([, rows]) => rows);
}

/** The rows as aligned text columns: what, figure, goal, met / NOT met / n/a. */
export function formatTable(rows: readonly Row[]): string {
  const header: Row = { what: 'What', figure: 'Figure', goal: 'Goal', met: undefined };
  const verdict = (row: Row) =>
    row === header ? 'Met?' : row.met === undefined ? 'n/a' : row.met ? 'met' : 'NOT met';
  const all = [header, ...rows];
  const width = (key: 'what' | 'figure' | 'goal') => Math.max(...all.map((row) => row[key].length));
  const [what, figure, goal] = [width('what'), width('figure'), width('goal')];
  return all
    .map(
      (row) =>
        `${row.what.padEnd(what)}  ${row.figure.padEnd(figure)}  ${row.goal.padEnd(goal)}  ${verdict(row)}`,
    )
    .join('\n');
}
