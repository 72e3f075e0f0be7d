/**
 * Template choices for the combobox: curated `superserve/*` first (base on top), then the team's own, each
 * with the resources a sandbox inherits. Only `ready` templates can be picked (the API answers 409 otherwise).
 */
import type { TemplateResponse } from '@/lib/contract';
import { TEMPLATE_RESERVED_PREFIX } from '@/lib/contract/limits';
import { formatMemoryMib, formatVcpu } from '@/lib/format/resources';
import { DEFAULT_TEMPLATE } from './values';

export type TemplateOption = {
  id: string;
  name: string;
  status: string;
  curated: boolean;
  selectable: boolean;
  /** "1 vCPU · 1 GiB", or undefined when the API left the numbers out. */
  resources?: string;
  disk?: string;
};

/** "1 vCPU · 1 GiB", or undefined when the API left the numbers out. */
export function templateResources(
  template: Pick<TemplateResponse, 'vcpu' | 'memory_mib'>,
): string | undefined {
  const parts: string[] = [];
  if (typeof template.vcpu === 'number') parts.push(formatVcpu(template.vcpu));
  if (typeof template.memory_mib === 'number') parts.push(formatMemoryMib(template.memory_mib));
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

export function isCurated(name: string): boolean {
  return name.startsWith(TEMPLATE_RESERVED_PREFIX);
}

function rank(option: TemplateOption): number {
  if (option.name === DEFAULT_TEMPLATE) return 0;
  return option.curated ? 1 : 2;
}

export function toTemplateOptions(templates: readonly TemplateResponse[]): TemplateOption[] {
  return templates
    .map((template) => ({
      id: template.id,
      name: template.name,
      status: template.status,
      curated: isCurated(template.name),
      selectable: template.status === 'ready',
      resources: templateResources(template),
      disk: typeof template.disk_mib === 'number' ? `${formatMemoryMib(template.disk_mib)} disk` : undefined,
    }))
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** Options whose name contains the query (any case), or whose id starts with it. Empty query → all. */
export function filterTemplateOptions(options: readonly TemplateOption[], query: string): TemplateOption[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return [...options];
  return options.filter(
    (o) => o.name.toLowerCase().includes(needle) || o.id.toLowerCase().startsWith(needle),
  );
}

/** The option a typed value refers to: an exact name (case-sensitive, like the API) or an id. */
export function findTemplateOption(
  options: readonly TemplateOption[],
  value: string,
): TemplateOption | undefined {
  const text = value.trim();
  return options.find((o) => o.name === text) ?? options.find((o) => o.id === text);
}
