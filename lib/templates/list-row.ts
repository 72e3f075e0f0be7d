/**
 * What a row of the templates list shows, from the API's template, its builds and the sandbox usage count. Pure:
 * the row component only renders these words.
 */
import { formatMemoryMib, formatVcpu } from '@/lib/format/resources';
import { isSystemTemplate } from './actions';
import type { TemplateUsage } from './usage';

type TemplateIn = {
  id: string;
  name: string;
  status: string;
  vcpu?: number | null;
  memory_mib?: number | null;
  disk_mib?: number | null;
  created_at?: string | null;
  build_spec?: { from?: unknown } | null;
};

type BuildIn = {
  id: string;
  status: string;
  created_at?: string | null;
  started_at?: string | null;
  finalized_at?: string | null;
};

/** How many sandboxes use it: a count, not said by the backend, or not known yet (loading or failed). */
export type UsageCell =
  { kind: 'count'; count: number } | { kind: 'unknown'; why: string } | { kind: 'loading' };

export type LatestBuildCell = { id: string; status: string; at: string | null };

export type TemplateRowView = {
  id: string;
  name: string;
  /** `superserve/…`: curated, shared by every team; launched, never changed. */
  system: boolean;
  status: string;
  /** "1 vCPU · 1 GiB · 4 GiB": vCPU, memory, disk. */
  resources: string;
  /** `build_spec.from` (our extension); null when the backend doesn't send it (system templates never do). */
  baseImage: string | null;
  createdAt: string | null;
  usage: UsageCell;
};

export type UsageSource =
  { state: 'loading' } | { state: 'error' } | { state: 'ready'; usage: TemplateUsage };

function usageCell(template: { id: string; name: string }, source: UsageSource): UsageCell {
  if (source.state === 'loading') return { kind: 'loading' };
  if (source.state === 'error') return { kind: 'unknown', why: 'The sandbox list could not be loaded' };
  if (!source.usage.known) {
    return { kind: 'unknown', why: 'This API does not say which template a sandbox came from' };
  }
  return { kind: 'count', count: source.usage.count(template) };
}

export function templateRowView(template: TemplateIn, usage: UsageSource): TemplateRowView {
  const from = template.build_spec?.from;
  return {
    id: template.id,
    name: template.name,
    system: isSystemTemplate(template),
    status: template.status,
    resources: [
      formatVcpu(template.vcpu),
      formatMemoryMib(template.memory_mib),
      formatMemoryMib(template.disk_mib),
    ].join(' · '),
    baseImage: typeof from === 'string' && from !== '' ? from : null,
    createdAt: template.created_at ?? null,
    usage: usageCell(template, usage),
  };
}

/**
 * The latest build of a history (the API lists newest first, but a backend's order is not promised: the newest
 * by creation wins), with the moment that tells most: when it finished, else when it started, else was queued.
 * Null for a template without builds (system templates).
 */
export function latestBuild(builds: readonly BuildIn[] | undefined): LatestBuildCell | null {
  if (!builds || builds.length === 0) return null;
  const time = (build: BuildIn) => Date.parse(build.created_at ?? '') || 0;
  const newest = builds.reduce((best, build) => (time(build) > time(best) ? build : best));
  return {
    id: newest.id,
    status: newest.status,
    at: newest.finalized_at ?? newest.started_at ?? newest.created_at ?? null,
  };
}
