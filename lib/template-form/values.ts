/**
 * The template create form's values: what the user edits before it becomes a `POST /templates` body.
 *
 * Resources are kept as the text typed (like the sandbox form's lifetime), so "", "1.5" or "abc" can be shown
 * back with a message instead of turning into NaN. Steps are the steps editor's rows (lib/templates/steps.ts).
 */
import { TEMPLATE_DISK_MIB, TEMPLATE_MEMORY_MIB, TEMPLATE_VCPU } from '@/lib/contract/limits';
import type { StepKind, StepRow } from '@/lib/templates/steps';

export type TemplateFormValues = {
  name: string;
  vcpu: string;
  memoryMib: string;
  diskMib: string;
  /** `build_spec.from`, the base image. */
  from: string;
  steps: StepRow[];
  startCmd: string;
  readyCmd: string;
};

/** The resource fields, with the API's limits (lib/contract/limits.ts) and the request key each becomes. */
export const RESOURCE_FIELDS = [
  { name: 'vcpu', key: 'vcpu', label: 'vCPU', unit: 'vCPU', limits: TEMPLATE_VCPU },
  { name: 'memoryMib', key: 'memory_mib', label: 'Memory', unit: 'MiB', limits: TEMPLATE_MEMORY_MIB },
  { name: 'diskMib', key: 'disk_mib', label: 'Disk', unit: 'MiB', limits: TEMPLATE_DISK_MIB },
] as const;
export type ResourceField = (typeof RESOURCE_FIELDS)[number];

export function emptyTemplateFormValues(): TemplateFormValues {
  return {
    name: '',
    vcpu: String(TEMPLATE_VCPU.default),
    memoryMib: String(TEMPLATE_MEMORY_MIB.default),
    diskMib: String(TEMPLATE_DISK_MIB.default),
    from: '',
    steps: [],
    startCmd: '',
    readyCmd: '',
  };
}

/** The fields a step row of each kind holds, first the one a whole-step problem is shown on. */
export const STEP_ROW_FIELDS = {
  run: ['run'],
  env: ['key', 'value'],
  workdir: ['workdir'],
  user: ['name', 'sudo'],
} as const satisfies Record<StepKind, readonly string[]>;
export type StepField = (typeof STEP_ROW_FIELDS)[StepKind][number];
