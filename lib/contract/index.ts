/**
 * The Superserve API contract: one zod schema per request and response body, types via z.infer, and
 * every limit in ./limits. Import from '@/lib/contract'.
 *
 * - Requests are strict (unknown fields → an issue naming them), except ExecRequest (the SDK may send more:
 *   accepted, left out of the output).
 * - Responses are loose (unknown fields kept) and accept any `status` string; check it with
 *   isKnownSandboxStatus / isKnownTemplateStatus / isKnownBuildStatus and show unknown ones neutrally.
 * - `validate(schema, value)` → `{ok:true,data}` or `{ok:false,message,fields}`; `fields[].path` is dotted.
 * - Maps (metadata, env_vars, env) keep every key as data, `__proto__` included: build them with toStringMap or
 *   Object.fromEntries, never by `map[key] = value` (./string-map).
 * - Hostile input, before any schema: jsonNestsDeeperThan on the raw text, findIllFormedText on the parsed value.
 *
 * For the create form: build the form schema from the row schemas so the limits stay here, e.g.
 *   z.object({
 *     name: SandboxNameSchema,
 *     metadata: metadataRowsSchema,            // {key,value}[] → issues at metadata.<i>.key|value,
 *     env_vars: envVarRowsSchema,              //   whole-map issues (count, total size) at metadata
 *     allow_out: allowOutRowsSchema,           // {value}[] → issues at allow_out.<i>.value
 *     deny_out: denyOutRowsSchema,
 *   })
 * Blank rows are ignored (and keep their index). Convert with rowsToRecord / rowsToRules, then check the
 * final body with CreateSandboxRequestSchema. For a live per-row message without zod, call
 * checkMetadataEntries / checkEnvVarEntries / checkAllowOutRule / checkDenyOutRule directly.
 */
export * from './limits';
export * from './errors';
export { isBlankRow, keyValueRowsSchema, rowsToRecord } from './entries';
export type { Entry, EntryChecker, EntryIssue, KeyValuePair } from './entries';
export * from './metadata';
export * from './env-vars';
export * from './network';
export * from './sandbox';
export * from './exec';
export * from './template';
export * from './string-map';
export * from './json-depth';
export * from './unicode';
export * from './list-query';
export * from './read-limited';
