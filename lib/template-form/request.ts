/**
 * Template form values ⇄ the `POST /templates` body. The preview, the snippets and the submit all go through
 * `toCreateTemplateRequest`, so what the user sees is exactly what is sent; `fromTemplate` is "Clone".
 */
import type { BuildSpec, BuildStep, CreateTemplateRequestInput, TemplateResponse } from '@/lib/contract';
import {
  TEMPLATE_DISK_MIB,
  TEMPLATE_MEMORY_MIB,
  TEMPLATE_NAME_MAX_LENGTH,
  TEMPLATE_RESERVED_PREFIX,
  TEMPLATE_VCPU,
} from '@/lib/contract/limits';
import { fromBuildSteps, toBuildSteps } from '@/lib/templates/steps';
import { emptyTemplateFormValues, type TemplateFormValues } from './values';

/** A resource as a number when it is a whole number; otherwise left out (the form shows the error). */
function wholeNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

/**
 * The exact body for POST /templates. Resources are always sent (the form shows the defaults, so the request
 * says them too); steps and commands only when there are some, rather than as [] or "".
 */
export function toCreateTemplateRequest(values: TemplateFormValues): CreateTemplateRequestInput {
  const build_spec: BuildSpec = { from: values.from.trim() };
  if (values.steps.length > 0) build_spec.steps = toBuildSteps(values.steps);
  if (values.startCmd.trim() !== '') build_spec.start_cmd = values.startCmd;
  if (values.readyCmd.trim() !== '') build_spec.ready_cmd = values.readyCmd;
  const vcpu = wholeNumber(values.vcpu);
  const memory_mib = wholeNumber(values.memoryMib);
  const disk_mib = wholeNumber(values.diskMib);
  // Key order: name, resources, build_spec, so the JSON preview reads top-down like the form.
  return {
    name: values.name,
    ...(vcpu !== undefined ? { vcpu } : {}),
    ...(memory_mib !== undefined ? { memory_mib } : {}),
    ...(disk_mib !== undefined ? { disk_mib } : {}),
    build_spec,
  };
}

/**
 * The name a clone starts with: `<name>-copy`, without the reserved `superserve/` prefix (a system template's
 * clone is the team's own) and cut to the API's 128 characters.
 */
export function cloneTemplateName(name: string): string {
  const base = name.startsWith(TEMPLATE_RESERVED_PREFIX) ? name.slice(TEMPLATE_RESERVED_PREFIX.length) : name;
  const suffix = '-copy';
  return base.slice(0, TEMPLATE_NAME_MAX_LENGTH - suffix.length) + suffix;
}

/** A step from a response (loose: unknown items are possible) as the contract's type, when it looks like one. */
function isStepLike(step: unknown): step is BuildStep {
  return typeof step === 'object' && step !== null && !Array.isArray(step);
}

const resource = (value: number | null | undefined, fallback: number) => String(value ?? fallback);

export type CloneResult = {
  values: TemplateFormValues;
  /** False when the template came without a build spec (system templates): base and steps are left to fill in. */
  specKnown: boolean;
  /** Steps in the response that are not build steps, so they could not be copied. */
  skippedSteps: number;
};

/** Form values for "Clone": resources and build spec copied, the name a suggestion the user is meant to change. */
export function fromTemplate(template: TemplateResponse): CloneResult {
  const spec = template.build_spec ?? undefined;
  const rawSteps = spec?.steps ?? [];
  const steps = rawSteps.filter(isStepLike);
  return {
    values: {
      ...emptyTemplateFormValues(),
      name: cloneTemplateName(template.name),
      vcpu: resource(template.vcpu, TEMPLATE_VCPU.default),
      memoryMib: resource(template.memory_mib, TEMPLATE_MEMORY_MIB.default),
      diskMib: resource(template.disk_mib, TEMPLATE_DISK_MIB.default),
      from: spec?.from ?? '',
      steps: fromBuildSteps(steps),
      startCmd: spec?.start_cmd ?? '',
      readyCmd: spec?.ready_cmd ?? '',
    },
    specKnown: spec !== undefined,
    skippedSteps: rawSteps.length - steps.length,
  };
}
