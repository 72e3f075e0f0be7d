/**
 * bench:lighthouse's arithmetic, kept pure for its test: one page's runs reduced to medians, and the goals of
 * issue #12 (performance score ≥ 90 on the mobile preset, ≥ 98 on the desktop preset, on every page).
 */
import { median } from './bench-json';

export type Preset = 'mobile' | 'desktop';

export const SCORE_GOALS: Record<Preset, number> = { mobile: 90, desktop: 98 };

/** What one Lighthouse run says about a page: the score (0–100) and the metrics in milliseconds. */
export type LighthouseRun = { score: number; tbt: number; lcp: number; fcp: number };

export type PageSummary = LighthouseRun & { page: string; preset: Preset; runs: number; scores: number[] };

/** The figures out of a Lighthouse result (`lhr`): its performance score ×100 and three metrics' numbers. */
export function runFromLhr(lhr: {
  categories: { performance?: { score: number | null } };
  audits: Record<string, { numericValue?: number } | undefined>;
}): LighthouseRun {
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const score = lhr.categories.performance?.score;
  return {
    score: score == null ? Number.NaN : Math.round(score * 100),
    tbt: metric('total-blocking-time'),
    lcp: metric('largest-contentful-paint'),
    fcp: metric('first-contentful-paint'),
  };
}

/** Each figure's median over the runs (Lighthouse varies run to run; a median is what the goals are read on). */
export function summarise(page: string, preset: Preset, runs: readonly LighthouseRun[]): PageSummary {
  return {
    page,
    preset,
    runs: runs.length,
    scores: runs.map((run) => run.score),
    score: median(runs.map((run) => run.score)),
    tbt: median(runs.map((run) => run.tbt)),
    lcp: median(runs.map((run) => run.lcp)),
    fcp: median(runs.map((run) => run.fcp)),
  };
}

export const meetsGoal = (summary: Pick<PageSummary, 'preset' | 'score'>): boolean =>
  summary.score >= SCORE_GOALS[summary.preset];

/** The lowest median score per preset, over the pages given (NaN when a preset has none). */
export function worstScores(summaries: readonly PageSummary[]): Record<Preset, number> {
  const worst = (preset: Preset) => {
    const scores = summaries.filter((s) => s.preset === preset).map((s) => s.score);
    return scores.length ? Math.min(...scores) : Number.NaN;
  };
  return { mobile: worst('mobile'), desktop: worst('desktop') };
}
