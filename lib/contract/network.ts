/** Egress rule schemas: the API's `network` object and the form's rule rows, checked by ./network-rules. */
import { z } from 'zod';
import { checkAllowOutRule, checkDenyOutRule, ruleRowIssues, type RuleList } from './network-rules';

export * from './network-rules';

function ruleSchema(check: (rule: string) => string | undefined, list: RuleList) {
  return z.string({ error: () => `${list} entries must be strings` }).superRefine((rule, ctx) => {
    const message = check(rule);
    if (message) ctx.addIssue({ code: 'custom', message });
  });
}

function ruleListSchema(check: (rule: string) => string | undefined, list: RuleList) {
  return z.array(ruleSchema(check, list), { error: () => `${list} must be a list of rules` });
}

/** `allow_out` as the API takes it. Issues at `allow_out.<index>`. */
export const AllowOutSchema = ruleListSchema(checkAllowOutRule, 'allow_out');
/** `deny_out` as the API takes it. Issues at `deny_out.<index>`. */
export const DenyOutSchema = ruleListSchema(checkDenyOutRule, 'deny_out');

/** `network` in a request (create or patch): unknown fields rejected, lists optional. */
export const NetworkConfigSchema = z.strictObject(
  { allow_out: AllowOutSchema.optional(), deny_out: DenyOutSchema.optional() },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `network has unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}; it takes allow_out and deny_out`
        : 'network must be an object with allow_out and deny_out lists',
  },
);
export type NetworkConfig = z.infer<typeof NetworkConfigSchema>;

/** `network` in a response: tolerant of extra fields and of null lists. */
export const NetworkConfigResponseSchema = z.looseObject({
  allow_out: z.array(z.string()).nullish(),
  deny_out: z.array(z.string()).nullish(),
});
export type NetworkConfigResponse = z.infer<typeof NetworkConfigResponseSchema>;

function ruleRowsSchema(check: (rule: string) => string | undefined) {
  return z.array(z.object({ value: z.string() })).superRefine((rows, ctx) => {
    for (const { path, message } of ruleRowIssues(rows, check))
      ctx.addIssue({ code: 'custom', message, path });
  });
}

/** `allow_out` as form rows `{value}[]`. Issues at `<mount>.<index>.value`; empty rows skipped. */
export const allowOutRowsSchema = ruleRowsSchema(checkAllowOutRule);
/** `deny_out` as form rows `{value}[]`. Issues at `<mount>.<index>.value`; empty rows skipped. */
export const denyOutRowsSchema = ruleRowsSchema(checkDenyOutRule);
