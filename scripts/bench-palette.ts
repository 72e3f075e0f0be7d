/**
 * `npm run bench:palette`: how fast the command palette opens, in a real browser against the production build.
 *
 *   npm run build && npm run bench:palette              # NEXT_DIST_DIR is honoured (default .next)
 *   npm run bench:palette -- --runs 15 --sandboxes 300 --port 35030
 *   npm run bench:palette -- --json                      # also a last line `BENCH_JSON {...}` (npm run bench)
 *
 * Seeds sandboxes into a fresh data folder, starts `next start` on it, signs in and times, inside the page, from
 * the Ctrl+K key event to the palette's search box being focused and drawn (the next animation frame after it
 * took focus):
 *   - first open: a freshly loaded /sandboxes, once the page is idle (its idle-time preload of the palette's code
 *     has run, as for a person who looks at the page before pressing the key); a new page each run;
 *   - first open before the preload: the same, with the idle preload held back, so the key press itself fetches,
 *     parses and mounts the palette's code (the worst case: a key pressed right after the page appeared);
 *   - warm: the same page, closed with Escape and opened again.
 * Issue #13's goal: it opens in under 100 ms. The browser context bypasses the CSP: the probes evaluate strings.
 */
import { cpus, loadavg } from 'node:os';
import type { BrowserContext, Page } from '@playwright/test';
import { createEmulator } from '@/lib/emulator';
import { median, percentile, printBenchJson } from './lib/bench-json';
import { benchAppEnv, signInContext, withBrowserApp } from './lib/app-server';

const KEY = 'bench-palette-key';
const ADMIN = { email: 'bench@example.com', password: 'bench-palette-password' };
const GOAL_MS = 100;

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? NaN : Number(process.argv[index + 1]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const round = (value: number) => Number(value.toFixed(1));

async function seed(dataDir: string, count: number): Promise<void> {
  const api = createEmulator({
    dataDir,
    apiKey: KEY,
    seed: true,
    maxSandboxes: count + 100,
    timing: { transitionMs: 0, buildStepMs: 0 },
  });
  try {
    for (let i = 0; i < count; i++) {
      const response = await api.handle(
        new Request('http://bench.local/sandboxes', {
          method: 'POST',
          headers: { 'X-API-Key': KEY, 'Content-Type': 'application/json' },
          body: JSON.stringify({ name: `bench-palette-${i.toString(36).padStart(3, '0')}` }),
        }),
      );
      if (response.status !== 201) throw new Error(`seed: ${response.status} ${await response.text()}`);
    }
  } finally {
    api.close();
  }
}

/**
 * In the page: `__arm()` starts watching for the next Ctrl+K (its event's time stamp is the start) and resolves
 * `__opened` at the first frame after the palette's search box has focus and a size.
 */
const PROBE = `
  window.__arm = () => {
    window.__opened = new Promise((resolve, reject) => {
      let start = 0;
      const ready = () => {
        const element = document.activeElement;
        return element && element.matches('[data-command-palette] input') && element.getBoundingClientRect().height > 0;
      };
      const check = () => {
        if (!start || !ready()) return false;
        document.removeEventListener('focusin', check, true);
        observer.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => resolve(performance.now() - start));
        return true;
      };
      const observer = new MutationObserver(check);
      const timer = setTimeout(() => reject(new Error('the palette did not open within 10 s')), 10000);
      // Not \`once\`: the Control key's own keydown comes first.
      window.addEventListener('keydown', function onKey(event) {
        if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey)) return;
        window.removeEventListener('keydown', onKey, true);
        start = event.timeStamp;
        document.addEventListener('focusin', check, true);
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        check();
      }, true);
    });
  };
`;

/** Holds back the idle-time preload (requestIdleCallback never fires), for the "before the preload" runs. */
const NO_IDLE = `window.requestIdleCallback = () => 0; window.cancelIdleCallback = () => {};`;

/** The header's button advertises ⌘K / Ctrl+K once hydrated: the listener runs from then on. */
async function untilHydrated(page: Page): Promise<void> {
  await page
    .getByRole('banner')
    .getByRole('button', { name: /^Search/ })
    .and(page.locator('[aria-keyshortcuts]'))
    .waitFor({ timeout: 30_000 });
}

async function timeOpen(page: Page): Promise<number> {
  await page.evaluate('window.__arm()');
  await page.keyboard.press('Control+k');
  return (await page.evaluate('window.__opened')) as number;
}

async function closePalette(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('[data-command-palette]').waitFor({ state: 'detached' });
}

async function firstOpens(context: BrowserContext, base: string, runs: number, preload: boolean) {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    if (!preload) await page.addInitScript(NO_IDLE);
    await page.goto(`${base}/sandboxes`);
    await untilHydrated(page);
    if (preload) await page.waitForLoadState('networkidle');
    times.push(await timeOpen(page));
    await page.close();
  }
  return times;
}

async function warmOpens(context: BrowserContext, base: string, runs: number) {
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(`${base}/sandboxes`);
  await untilHydrated(page);
  await page.waitForLoadState('networkidle');
  await timeOpen(page);
  await closePalette(page);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    times.push(await timeOpen(page));
    await closePalette(page);
  }
  await page.close();
  return times;
}

function line(label: string, times: number[]): string {
  const figures = `median ${median(times).toFixed(0)} ms, p95 ${percentile(times, 0.95).toFixed(0)} ms`;
  return `  ${label.padEnd(44)} ${figures}   (${times.map((t) => t.toFixed(0)).join(', ')})`;
}

async function main(): Promise<void> {
  const runs = argument('runs', 11);
  const count = argument('sandboxes', 200);
  await withBrowserApp(
    {
      name: 'palette-bench',
      port: argument('port', 0),
      env: (port) => benchAppEnv({ apiKey: KEY, admin: ADMIN, port, maxSandboxes: count + 100 }),
      seed: (dataDir) => seed(dataDir, count),
    },
    async ({ base, browser }) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
      await signInContext(context, base, ADMIN);
      await firstOpens(context, base, 1, true); // warm-up: the server's caches and the JIT

      const cold = await firstOpens(context, base, runs, true);
      const unloaded = await firstOpens(context, base, runs, false);
      const warm = await warmOpens(context, base, runs);

      console.log(
        `\nThe command palette, Ctrl+K → search box focused and drawn, ${runs} runs each ` +
          `(${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)}); goal < ${GOAL_MS} ms:`,
      );
      console.log(line('first open (page idle, code preloaded)', cold));
      console.log(line('first open before the idle preload', unloaded));
      console.log(line('warm (closed and opened again)', warm));
      printBenchJson({
        coldMedianMs: round(median(cold)),
        coldP95Ms: round(percentile(cold, 0.95)),
        unloadedMedianMs: round(median(unloaded)),
        unloadedP95Ms: round(percentile(unloaded, 0.95)),
        warmMedianMs: round(median(warm)),
        warmP95Ms: round(percentile(warm, 0.95)),
      });
    },
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
