/**
 * The template create form's zod schema, built from the contract's pieces so every rule is stated once:
 * name → TemplateNameSchema, base image → BuildFromSchema (alpine / distroless refused), steps → the steps
 * editor's StepRowsSchema (problems at `steps.<index>.<field>`), resources → the limits in lib/contract/limits.
 */
import { z } from 'zod';
import { toFieldErrors, type FieldError } from '@/lib/contract/errors';
import { BuildFromSchema, TemplateNameSchema } from '@/lib/contract/template';
import { StepRowsSchema } from '@/lib/templates/steps';
import { RESOURCE_FIELDS, type ResourceField, type TemplateFormValues } from './values';

/** A whole number typed as text, checked against one resource's limits. */
function resourceSchema({ label, unit, limits }: ResourceField) {
  return z.string().superRefine((text, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message });
    const trimmed = text.trim();
    if (trimmed === '') return issue(`Enter the ${label.toLowerCase()}, e.g. ${limits.default}`);
    if (!/^\d+$/.test(trimmed)) return issue('Enter a whole number');
    const value = Number(trimmed);
    if (value < limits.min || value > limits.max) {
      issue(`${label} must be from ${limits.min} to ${limits.max} ${unit}`);
    }
  });
}

const [vcpu, memory, disk] = RESOURCE_FIELDS;

/** The base image: the contract's rule, with a friendlier word for the empty field. */
const FromSchema = z.string().superRefine((from, ctx) => {
  if (from.trim() === '') {
    ctx.addIssue({ code: 'custom', message: 'Enter a base image, e.g. python:3.11 or node:22-slim' });
    return;
  }
  const parsed = BuildFromSchema.safeParse(from);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    // The contract names the request field; next to the input, the image itself is the subject.
    ctx.addIssue({ code: 'custom', message: issue.message.replace(/^build_spec\.from /, '') });
  }
});

export const TemplateFormSchema = z.object({
  name: TemplateNameSchema,
  vcpu: resourceSchema(vcpu),
  memoryMib: resourceSchema(memory),
  diskMib: resourceSchema(disk),
  from: FromSchema,
  steps: StepRowsSchema,
  startCmd: z.string(),
  readyCmd: z.string(),
});

/** Every problem of the form's values, in field order; none when it can be sent (the form's checks). */
export function checkTemplateForm(values: TemplateFormValues): FieldError[] {
  const result = TemplateFormSchema.safeParse(values);
  return result.success ? [] : toFieldErrors(result.error);
}
