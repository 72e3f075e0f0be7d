/** Sandbox requests (create, patch) and responses (list item, single sandbox, resume, health). */
import { z } from 'zod';
import { EnvVarsSchema } from './env-vars';
import { intInRange, nonEmptyString, objectError, requiredString } from './fields';
import { TIMEOUT_MAX_SECONDS, TIMEOUT_MIN_SECONDS } from './limits';
import { MetadataSchema } from './metadata';
import { NetworkConfigResponseSchema, NetworkConfigSchema } from './network';
import { sandboxNameIssue } from './sandbox-name';
import { stringMapSchema } from './string-map';

export { sandboxNameIssue };

// --- Statuses ----------------------------------------------------------------------------------------
// In a zod-free file of their own, so a page can import them without the schemas.
export { SANDBOX_STATUSES, isKnownSandboxStatus, type SandboxStatus } from './statuses';

// --- Requests ----------------------------------------------------------------------------------------
/** `name`: 1–64 UTF-8 bytes, not trimmed (the backend keeps it as given). */
export const SandboxNameSchema = requiredString('name').superRefine((name, ctx) => {
  const message = sandboxNameIssue(name);
  if (message) ctx.addIssue({ code: 'custom', message });
});

/** `timeout_seconds`: the hard lifetime cap, 1 s to 7 days. */
export const TimeoutSecondsSchema = intInRange(
  'timeout_seconds',
  TIMEOUT_MIN_SECONDS,
  TIMEOUT_MAX_SECONDS,
  `timeout_seconds must be between ${TIMEOUT_MIN_SECONDS} and ${TIMEOUT_MAX_SECONDS} (7 days)`,
);

const CREATE_FIELDS = [
  'name',
  'from_template',
  'timeout_seconds',
  'metadata',
  'env_vars',
  'network',
] as const;

/** Body of `POST /sandboxes`. Unknown top-level fields are rejected, as the backend does. */
export const CreateSandboxRequestSchema = z.strictObject(
  {
    name: SandboxNameSchema,
    /** A template name (exact, case-sensitive) or UUID; absent = superserve/base. */
    from_template: nonEmptyString(
      'from_template',
      'from_template cannot be empty; leave it out to use superserve/base',
    ).optional(),
    timeout_seconds: TimeoutSecondsSchema.optional(),
    metadata: MetadataSchema.optional(),
    env_vars: EnvVarsSchema.optional(),
    network: NetworkConfigSchema.optional(),
  },
  { error: objectError('the request body', CREATE_FIELDS) },
);
export type CreateSandboxRequest = z.infer<typeof CreateSandboxRequestSchema>;

export const PATCH_EMPTY_MESSAGE = 'patch body must include at least one field (network, metadata)';

/** Body of `PATCH /sandboxes/{id}`: network and/or metadata, each replacing the old value entirely. */
export const SandboxPatchSchema = z
  .strictObject(
    { network: NetworkConfigSchema.optional(), metadata: MetadataSchema.optional() },
    { error: objectError('the patch body', ['network', 'metadata']) },
  )
  .refine((patch) => patch.network !== undefined || patch.metadata !== undefined, {
    error: PATCH_EMPTY_MESSAGE,
  });
export type SandboxPatch = z.infer<typeof SandboxPatchSchema>;

// --- Responses (loose: the live API adds fields over time) ----------------------------------------------
/**
 * `metadata` in a response: always an object (the API sends `{}`; null/absent tolerated as `{}`). Every key is
 * kept, `__proto__` included (see ./string-map).
 */
const ResponseMetadataSchema = stringMapSchema({
  notObject: 'metadata must be an object of string keys to string values',
  notString: 'metadata values must be strings',
})
  .nullish()
  .transform((metadata) => metadata ?? {});

/** An item of `GET /sandboxes`. `status` is any string; see `isKnownSandboxStatus`. */
export const SandboxListItemSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  vcpu_count: z.number().nullish(),
  memory_mib: z.number().nullish(),
  snapshot_id: z.string().nullish(),
  created_at: z.string(),
  timeout_seconds: z.number().nullish(),
  network: NetworkConfigResponseSchema.nullish(),
  metadata: ResponseMetadataSchema,
  /**
   * Not in the OpenAPI file: the embedded API adds the template the sandbox booted from, so the dashboard can
   * show it. Against a backend without it, the UI shows no template.
   */
  template_id: z.string().nullish(),
});
export type SandboxListItem = z.infer<typeof SandboxListItemSchema>;

export const SandboxListSchema = z.array(SandboxListItemSchema);

/** `GET/POST /sandboxes[/{id}]`, activate. `access_token` is optional: our proxy strips it. */
export const SandboxResponseSchema = SandboxListItemSchema.extend({
  access_token: z.string().nullish(),
});
export type SandboxResponse = z.infer<typeof SandboxResponseSchema>;

/** `POST /sandboxes/{id}/resume`. */
export const ResumeResponseSchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  access_token: z.string().nullish(),
});
export type ResumeResponse = z.infer<typeof ResumeResponseSchema>;

/** `GET /health`. */
export const HealthResponseSchema = z.looseObject({
  status: z.string(),
  version: z.string().nullish(),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;
