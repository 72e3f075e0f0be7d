/**
 * The create form's zod schema, built from the contract's pieces so every limit is stated once:
 * name → SandboxNameSchema, rows → metadataRowsSchema / envVarRowsSchema / allowOutRowsSchema /
 * denyOutRowsSchema. Issues land on the form's own paths (`metadata.3.key`, `allowOut.1.value`,
 * `lifetime.amount`), which is where react-hook-form shows them.
 */
import { z } from 'zod';
import {
  SandboxNameSchema,
  TIMEOUT_MAX_SECONDS,
  allowOutRowsSchema,
  denyOutRowsSchema,
  envVarRowsSchema,
  metadataRowsSchema,
} from '@/lib/contract';
import { UNIT_SECONDS } from './lifetime';
import { LIFETIME_UNITS } from './values';

const LifetimeSchema = z
  .object({ enabled: z.boolean(), amount: z.string(), unit: z.enum(LIFETIME_UNITS) })
  .superRefine((lifetime, ctx) => {
    if (!lifetime.enabled) return;
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message, path: ['amount'] });
    const text = lifetime.amount.trim();
    if (text === '') return issue('Enter how long the sandbox may live');
    if (!/^\d+$/.test(text) || Number(text) < 1) return issue('Enter a whole number of 1 or more');
    if (Number(text) * UNIT_SECONDS[lifetime.unit] > TIMEOUT_MAX_SECONDS) {
      issue('The longest lifetime is 7 days (604,800 seconds)');
    }
  });

const TemplateSchema = z
  .string()
  .refine((template) => template.trim() !== '', { error: 'Choose a template, e.g. superserve/base' });

export const SandboxFormSchema = z.object({
  name: SandboxNameSchema,
  template: TemplateSchema,
  lifetime: LifetimeSchema,
  metadata: metadataRowsSchema,
  envVars: envVarRowsSchema,
  allowOut: allowOutRowsSchema,
  denyOut: denyOutRowsSchema,
});
