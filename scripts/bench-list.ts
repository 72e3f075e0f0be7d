/**
 * `npm run bench:list`: the sandbox list with 5,000 sandboxes, in a real browser against the production build.
 *
 *   npm run build && npm run bench:list                  # NEXT_DIST_DIR is honoured (default .next)
 *   npm run bench:list -- --sandboxes 5000 --runs 7 --port 35020
 *   npm run bench:list -- --json                          # also a last line `BENCH_JSON {...}` (npm run bench)
 *   npm run bench:list -- --profile DIR                   # also CPU profiles of one page switch and one filter
 *
 * Seeds the sandboxes (varied metadata, lifetimes, network rules and states) into a fresh data folder through
 * the embedded API, starts `next start` on it, drives Chromium and reports medians of:
 *   - first rows: navigation start → the largest page (200 rows) painted, HTTP cache disabled;
 *   - switch page: "Next page" click → the next 200 rows painted;
 *   - metadata filter: a click on a row's chip → the filtered rows painted;
 *   - select all: the header checkbox → every drawn row checked;
 *   - smoothness: frame times while scrolling the 200-row page, and the longest task while its clocks tick.
 * Pages over 50 rows are virtualised (only rows near the viewport are in the DOM; the window scrolls natively), so
 * the scroll measure exercises that. The browser contexts bypass
 * the CSP: the probes evaluate strings, which the app's policy (rightly) forbids.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { createEmulator } from '@/lib/emulator';
import { benchAppEnv, signInContext, withBrowserApp } from './lib/app-server';
import { median, percentile } from './lib/bench-json';

const KEY = 'bench-list-key';
/** The console's first admin, made at start-up (CONSOLE_ADMIN_*): every page needs a signed-in person. */
const ADMIN = { email: 'bench@example.com', password: 'bench-list-password' };
const PAGE_SIZE = 200;
/** Issue #12's goals for the figures this prints (at 5,000 sandboxes, 2 CPUs). */
const GOALS = { firstRowsRatio: 1.1, chipFilterMs: 80, pageSwitchMs: 80, scrollP95Ms: 20 };
const ENVS = ['prod', 'prod', 'staging', 'dev', 'dev', 'ci'];
const TEAMS = ['search', 'ranking', 'agents', 'data', 'infra', 'billing', 'growth', 'mobile'];
const TEMPLATES = ['superserve/base', 'superserve/python-3.11', 'superserve/node-22'];

const flag = (name: string) => process.argv.includes(`--${name}`);
function stringArgument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? NaN : Number(process.argv[index + 1]);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length] as T;
const round = (value: number, digits = 0) => Number(value.toFixed(digits));
const ms = (value: number) => `${value.toFixed(0)} ms`;

/** Each stage's raw times on stderr as it ends: a slow machine shows where the time goes. */
function progress(stage: string, times: number[]): void {
  console.error(
    `  ${stage}: ${times.map((time) => time.toFixed(0)).join(', ')} ms (load ${loadavg()[0]?.toFixed(1)})`,
  );
}

/** Sandboxes that look like a busy team's: common and rare tags, some lifetimes and rules, a few paused. */
function sandboxBody(i: number) {
  return {
    name: `bench-${pick(TEAMS, i * 3)}-${i.toString(36).padStart(4, '0')}`,
    from_template: pick(TEMPLATES, i * 5),
    metadata: {
      env: pick(ENVS, i * 7),
      team: pick(TEAMS, i * 3),
      run_id: `run-${i.toString(36)}`,
      ...(i % 4 === 0 ? { owner: `owner-${i % 23}` } : {}),
    },
    ...(i % 3 === 0 ? { timeout_seconds: 3600 + (i % 50) * 3600 } : {}),
    ...(i % 5 === 0
      ? { network: { allow_out: ['api.openai.com', '*.github.com'], deny_out: ['0.0.0.0/0'] } }
      : {}),
  };
}

async function seed(dataDir: string, count: number): Promise<void> {
  const api = createEmulator({
    dataDir,
    apiKey: KEY,
    seed: true,
    maxSandboxes: count + 100,
    timing: { transitionMs: 0, buildStepMs: 0 },
  });
  const send = async (method: string, url: string, body?: unknown, expected = 201) => {
    const response = await api.handle(
      new Request(`http://bench.local${url}`, {
        method,
        headers: { 'X-API-Key': KEY, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    if (response.status !== expected)
      throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
    return response;
  };
  try {
    for (let i = 0; i < count; i++) {
      const response = await send('POST', '/sandboxes', sandboxBody(i));
      if (i % 9 === 0) {
        const { id } = (await response.json()) as { id: string };
        await send('POST', `/sandboxes/${id}/pause`, undefined, 204);
      }
    }
  } finally {
    api.close();
  }
}

// --- In-page probes: they run in the browser, so the times exclude Playwright's own round trips. -----------

/** Resolves at the first animation frame after `done()` holds, with ms since `start` (or navigation start). */
const WAIT_FOR_PAINT = `
  // Gives up after 60 s with what the table showed, rather than hang the benchmark.
  window.__waitFor = (done, start = 0) => new Promise((resolve, reject) => {
    const finish = () => requestAnimationFrame(() => resolve(performance.now() - start));
    if (done()) return finish();
    const observer = new MutationObserver(() => {
      if (done()) { observer.disconnect(); clearTimeout(timer); finish(); }
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      const boxes = document.querySelectorAll('table[aria-label="Sandboxes"] tbody input[type=checkbox]');
      const checked = [...boxes].filter((box) => box.checked).length;
      reject(new Error('gave up waiting for ' + done + ': ' + JSON.stringify({
        rows: window.__rows(), pageRows: window.__pageRows(), pager: window.__pager(), idle: window.__idle(),
        checkboxes: boxes.length, checked,
      })));
    }, 60000);
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  // Rows in the DOM (the virtualiser draws those near the viewport) and rows on the page (aria-rowcount).
  window.__rows = () => document.querySelectorAll('table[aria-label="Sandboxes"] tbody tr[data-index]').length;
  window.__pageRows = () => Number(document.querySelector('table[aria-label="Sandboxes"]')?.getAttribute('aria-rowcount') ?? 1) - 1;
  // Rows come in the server's HTML, before React has hydrated them: a click that early would wait for hydration
  // (or be lost). The controls the probes press are hydrated once React has put its props on them.
  window.__hydrated = () => {
    const controls = document.querySelectorAll('nav[aria-label="Pages"] button, table[aria-label="Sandboxes"] thead input, table[aria-label="Sandboxes"] tbody tr[data-index] button');
    return controls.length > 0 && [...controls].every((control) => Object.keys(control).some((key) => key.startsWith('__reactProps$')));
  };
  window.__ready = () => window.__pageRows() === ${PAGE_SIZE} && window.__rows() >= 10;
  window.__pager = () => document.querySelector('nav[aria-label="Pages"] p')?.textContent ?? '';
  window.__idle = () => !document.querySelector('table[aria-label="Sandboxes"][aria-busy="true"]');
  window.__scroll = () => new Promise((resolve) => {
    const intervals = [];
    const distance = document.documentElement.scrollHeight - window.innerHeight;
    const steps = 120;
    let step = 0;
    let last = performance.now();
    const tick = (now) => {
      intervals.push(now - last);
      last = now;
      window.scrollTo(0, (distance * ++step) / steps);
      if (step < steps) requestAnimationFrame(tick);
      else resolve(intervals.slice(1));
    };
    requestAnimationFrame(tick);
  });
  window.__longTasks = (duration) => new Promise((resolve) => {
    const durations = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    setTimeout(() => { observer.disconnect(); resolve(durations); }, duration);
  });
`;

/**
 * One context for every run (a new browser context also starts Chromium's own UI pages, which would compete for
 * the CPU), a new page each run with the HTTP cache disabled: every run downloads, parses and hydrates the app.
 */
async function firstRows(context: BrowserContext, base: string): Promise<{ rows: number; fcp: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(WAIT_FOR_PAINT);
  await page.addInitScript(`document.addEventListener('DOMContentLoaded', () => {
    window.__firstRows = window.__waitFor(() => window.__ready());
  });`);
  await page.goto(`${base}/sandboxes?size=${PAGE_SIZE}`);
  const rows = await page.evaluate(() => (window as unknown as { __firstRows: Promise<number> }).__firstRows);
  // The page's first contentful paint, since navigation start like `rows`: rows ÷ FCP near 1 means the rows
  // came with the first paint (server-rendered), not after hydration and a second request.
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  );
  await page.close();
  return { rows, fcp };
}

/** The 200-row page is drawn, hydrated and not loading: ready for a person's click. */
async function untilInteractive(page: Page): Promise<void> {
  await page.waitForFunction('window.__ready() && window.__idle() && window.__hydrated()');
  // And settled: the templates list and the header links' prefetches are not competing with the click.
  await page.waitForLoadState('networkidle');
}

/** Clicks `selector` inside the page and waits there until `done` holds and the table is idle. */
async function timeClick(page: Page, selector: string, done: string): Promise<number> {
  return page.evaluate(
    ([target, condition]) => {
      const w = window as unknown as { __waitFor: (done: () => boolean, start: number) => Promise<number> };
      const check = new Function(`return (${condition})`) as () => boolean;
      const element = document.querySelector<HTMLElement>(target as string);
      if (!element) throw new Error(`no ${target}`);
      const start = performance.now();
      element.click();
      return w.__waitFor(check, start);
    },
    [selector, done],
  );
}

/**
 * `timeClick` under Chromium's tracer and the V8 sampling profiler: writes `<name>.trace.json` (open it in the
 * performance panel: what ran, laid out and painted) and `<name>.cpuprofile` (which functions) into `dir`.
 */
async function profileClick(
  browser: Browser,
  page: Page,
  dir: string,
  name: string,
  selector: string,
  done: string,
): Promise<number> {
  mkdirSync(dir, { recursive: true });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await browser.startTracing(page, { path: path.join(dir, `${name}.trace.json`) });
  await cdp.send('Profiler.start');
  const time = await timeClick(page, selector, done);
  const { profile } = await cdp.send('Profiler.stop');
  await browser.stopTracing();
  writeFileSync(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  await cdp.detach();
  return time;
}

/** One page switch and one chip filter, profiled (see profileClick). */
async function profileInteractions(browser: Browser, page: Page, base: string, dir: string): Promise<void> {
  await page.goto(`${base}/sandboxes?size=${PAGE_SIZE}`);
  await untilInteractive(page);
  const pager = () => page.evaluate(() => (window as unknown as { __pager: () => string }).__pager());
  let from = await pager();
  const switched = await profileClick(
    browser,
    page,
    dir,
    'page-switch',
    'nav[aria-label="Pages"] button[aria-label="Next page"]',
    `window.__pager() !== ${JSON.stringify(from)} && window.__idle() && window.__ready()`,
  );
  await page.goto(`${base}/sandboxes?size=${PAGE_SIZE}`);
  await untilInteractive(page);
  from = await pager();
  const filtered = await profileClick(
    browser,
    page,
    dir,
    'chip-filter',
    'table[aria-label="Sandboxes"] tbody tr[data-index="1"] button[aria-label^="Filter by"]',
    `window.__pager() !== ${JSON.stringify(from)} && window.__idle() && window.__rows() > 0`,
  );
  console.log(
    `Profiles in ${dir}: page switch ${ms(switched)}, chip filter ${ms(filtered)} (slower than unprofiled).`,
  );
}

async function switchPages(page: Page, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const from = await page.evaluate(() => (window as unknown as { __pager: () => string }).__pager());
    times.push(
      await timeClick(
        page,
        'nav[aria-label="Pages"] button[aria-label="Next page"]',
        `window.__pager() !== ${JSON.stringify(from)} && window.__idle() && window.__ready()`,
      ),
    );
  }
  return times;
}

async function applyFilters(page: Page, base: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await page.goto(`${base}/sandboxes?size=${PAGE_SIZE}`);
    await untilInteractive(page);
    const from = await page.evaluate(() => (window as unknown as { __pager: () => string }).__pager());
    // A different row each run (the first few are always drawn); its first chip is its env.
    const chip = `table[aria-label="Sandboxes"] tbody tr[data-index="${run}"] button[aria-label^="Filter by"]`;
    times.push(
      await timeClick(
        page,
        chip,
        `window.__pager() !== ${JSON.stringify(from)} && window.__idle() && window.__rows() > 0`,
      ),
    );
  }
  return times;
}

async function selectAll(page: Page, base: string, runs: number): Promise<number[]> {
  await page.goto(`${base}/sandboxes?size=${PAGE_SIZE}`);
  await untilInteractive(page);
  const times: number[] = [];
  const box = 'input[aria-label="Select all sandboxes on this page"]';
  for (let run = 0; run < runs * 2; run++) {
    const checked = run % 2 === 0;
    const time = await timeClick(
      page,
      box,
      `document.querySelectorAll('table[aria-label="Sandboxes"] tbody input[type=checkbox]:${checked ? 'checked' : 'not(:checked)'}').length === window.__rows()`,
    );
    if (checked) times.push(time);
  }
  return times;
}

/** Frame intervals while the page scrolls top to bottom in ~2 s, and long tasks while the clocks tick for 5 s. */
async function smoothness(
  page: Page,
  base: string,
): Promise<{ frames: number[]; longest: number; longTasks: number }> {
  await page.goto(`${base}/sandboxes?size=${PAGE_SIZE}`);
  await untilInteractive(page);
  // Strings, not functions: tsx would wrap named functions in a helper the page does not have.
  const frames = (await page.evaluate('window.__scroll()')) as number[];
  const tasks = (await page.evaluate('window.__longTasks(5000)')) as number[];
  return { frames, longest: Math.max(0, ...tasks), longTasks: tasks.length };
}

async function apiTimes(context: BrowserContext, base: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const response = await context.request.get(
      `${base}/api/sandboxes?sort=created_at&order=desc&limit=${PAGE_SIZE}&offset=${run * PAGE_SIZE}`,
    );
    if (!response.ok()) throw new Error(`GET /api/sandboxes: ${response.status()}`);
    await response.body();
    times.push(performance.now() - start);
  }
  return times;
}

async function main(): Promise<void> {
  const count = argument('sandboxes', 5000);
  const runs = argument('runs', 7);
  await withBrowserApp(
    {
      name: 'list-bench',
      port: argument('port', 0),
      env: (port) => benchAppEnv({ apiKey: KEY, admin: ADMIN, port, maxSandboxes: count + 100 }),
      seed: async (dataDir) => {
        const seedStart = performance.now();
        await seed(dataDir, count);
        console.log(`Seeded ${count} sandboxes (plus the demo six) in ${ms(performance.now() - seedStart)}.`);
      },
    },
    async ({ base, browser }) => {
      const coldContext = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        bypassCSP: true,
      });
      await signInContext(coldContext, base, ADMIN);
      await firstRows(coldContext, base); // warm-up: the server's caches and the JIT
      const first: number[] = [];
      const fcps: number[] = [];
      const ratios: number[] = [];
      for (let run = 0; run < runs; run++) {
        const { rows, fcp } = await firstRows(coldContext, base);
        first.push(rows);
        fcps.push(fcp);
        ratios.push(rows / fcp);
      }
      progress('first rows', first);
      await coldContext.close();

      const warmContext = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        bypassCSP: true,
      });
      await signInContext(warmContext, base, ADMIN);
      const page = await warmContext.newPage();
      await page.addInitScript(WAIT_FOR_PAINT);
      await page.goto(`${base}/sandboxes?size=${PAGE_SIZE}`);
      await untilInteractive(page);
      const switches = await switchPages(page, runs);
      progress('page switches', switches);
      const filters = await applyFilters(page, base, runs);
      progress('chip filters', filters);
      const selects = await selectAll(page, base, runs);
      progress('select all', selects);
      const smooth = await smoothness(page, base);
      const api = await apiTimes(warmContext, base, runs);
      const profileDir = stringArgument('profile');
      if (profileDir) await profileInteractions(browser, page, base, profileDir);

      const summary = {
        firstRowsRatio: round(median(ratios), 2),
        chipFilterMs: round(median(filters)),
        pageSwitchMs: round(median(switches)),
        scrollP95Ms: round(percentile(smooth.frames, 0.95)),
      };
      // [what, figure, goal]: the issue's goals (#12) beside the figures they judge.
      const lines: Array<[string, string, string]> = [
        [`first rows (navigation → a ${PAGE_SIZE}-row page painted, no HTTP cache)`, ms(median(first)), ''],
        ['first contentful paint (same runs)', ms(median(fcps)), ''],
        [
          'first rows ÷ first contentful paint (median of per-run ratios)',
          summary.firstRowsRatio.toFixed(2),
          `≤ ${GOALS.firstRowsRatio}`,
        ],
        [
          'switch page (click → the next page painted)',
          ms(summary.pageSwitchMs),
          `≤ ${ms(GOALS.pageSwitchMs)}`,
        ],
        [
          'apply a metadata filter (chip click → filtered rows painted)',
          ms(summary.chipFilterMs),
          `≤ ${ms(GOALS.chipFilterMs)}`,
        ],
        [`select all ${PAGE_SIZE} rows (click → every drawn row checked)`, ms(median(selects)), ''],
        [
          'scroll the page top to bottom (frame times)',
          `median ${ms(median(smooth.frames))}, p95 ${ms(summary.scrollP95Ms)}, ` +
            `${smooth.frames.filter((frame) => frame > 50).length}/${smooth.frames.length} over 50 ms`,
          `p95 ≤ ${ms(GOALS.scrollP95Ms)}`,
        ],
        ['clocks ticking, 5 s idle', `${smooth.longTasks} long tasks, longest ${ms(smooth.longest)}`, ''],
        [`for reference: GET /api/sandboxes?limit=${PAGE_SIZE} from Node`, ms(median(api)), ''],
      ];
      const width = Math.max(...lines.map(([label]) => label.length));
      const figureWidth = Math.max(...lines.map(([, figure]) => figure.length));
      const load = loadavg()[0] ?? NaN;
      console.log(
        `\nThe sandbox list with ${count + 6} sandboxes, ${PAGE_SIZE} rows per page, medians of ${runs} runs ` +
          `(${cpus().length} CPUs, load average ${load.toFixed(1)}):`,
      );
      for (const [label, figure, goal] of lines) {
        console.log(
          `  ${label.padEnd(width)}  ${figure.padEnd(figureWidth)}  ${goal ? `goal ${goal}` : ''}`.trimEnd(),
        );
      }
      // For `npm run bench`, which collects every benchmark's figures from such a line (exactly these keys).
      if (flag('json')) {
        console.log(`BENCH_JSON ${JSON.stringify(summary)}`);
      }
    },
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
