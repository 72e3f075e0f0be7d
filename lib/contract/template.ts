/** Templates: create requests (with their build spec), templates, builds and build-log events. */
import { z } from 'zod';
import { intInRange, nonEmptyString, objectError, requiredString, typeError } from './fields';
import {
  BUILD_USER_NAME_MAX_LENGTH,
  BUILD_USER_NAME_PATTERN,
  ENV_NAME_PATTERN,
  TEMPLATE_DISK_MIB,
  TEMPLATE_FORBIDDEN_BASES,
  TEMPLATE_MEMORY_MIB,
  TEMPLATE_NAME_MAX_LENGTH,
  TEMPLATE_NAME_PATTERN,
  TEMPLATE_RESERVED_PREFIX,
  TEMPLATE_VCPU,
} from './limits';

// --- Statuses ----------------------------------------------------------------------------------------
// In the zod-free ./statuses, so a page can import them without the schemas.
export {
  BUILD_LOG_STREAMS,
  BUILD_STATUSES,
  TEMPLATE_STATUSES,
  TERMINAL_BUILD_STATUSES,
  isKnownBuildStatus,
  isKnownTemplateStatus,
  isTerminalBuildStatus,
  type BuildLogStream,
  type BuildStatus,
  type TemplateStatus,
} from './statuses';

// --- Build spec --------------------------------------------------------------------------------------
const STEP_KINDS = ['run', 'env', 'workdir', 'user'] as const;

/** A build user: at most 31 of `[a-z0-9_-]`, starting with a lowercase letter or `_`. */
export const BuildUserNameSchema = nonEmptyString('user.name').superRefine((name, ctx) => {
  if (name.length > BUILD_USER_NAME_MAX_LENGTH) {
    ctx.addIssue({
      code: 'custom',
      message: `user name "${name}" is ${name.length} characters; the limit is ${BUILD_USER_NAME_MAX_LENGTH}`,
    });
  } else if (!BUILD_USER_NAME_PATTERN.test(name)) {
    ctx.addIssue({
      code: 'custom',
      message: `user name "${name}" is not valid: use a-z, 0-9, _ and -, starting with a lowercase letter or _`,
    });
  }
});

/** One build step: exactly one of `run`, `env`, `workdir`, `user`. */
export const BuildStepSchema = z
  .strictObject(
    {
      run: nonEmptyString('run', 'run cannot be empty').optional(),
      env: z
        .strictObject(
          {
            key: nonEmptyString('env.key').regex(ENV_NAME_PATTERN, {
              error: 'env.key must use letters, digits and _, and not start with a digit',
            }),
            value: requiredString('env.value'),
          },
          { error: objectError('env', ['key', 'value']) },
        )
        .optional(),
      workdir: nonEmptyString('workdir', 'workdir cannot be empty').optional(),
      user: z
        .strictObject(
          {
            name: BuildUserNameSchema,
            sudo: z.boolean({ error: 'user.sudo must be true or false' }).optional(),
          },
          { error: objectError('user', ['name', 'sudo']) },
        )
        .optional(),
    },
    { error: objectError('a build step', STEP_KINDS) },
  )
  .superRefine((step, ctx) => {
    const kinds = STEP_KINDS.filter((kind) => step[kind] !== undefined);
    if (kinds.length !== 1) {
      const found = kinds.length === 0 ? 'none' : kinds.join(' and ');
      ctx.addIssue({
        code: 'custom',
        message: `A build step needs exactly one of run, env, workdir or user; this one has ${found}`,
      });
    }
  });
export type BuildStep = z.infer<typeof BuildStepSchema>;

/** The base image, e.g. `python:3.11`. Alpine and distroless images can't be used. */
export const BuildFromSchema = nonEmptyString('build_spec.from').superRefine((from, ctx) => {
  const forbidden = TEMPLATE_FORBIDDEN_BASES.find((base) => from.toLowerCase().includes(base));
  if (forbidden) {
    ctx.addIssue({
      code: 'custom',
      message: `build_spec.from "${from}" is based on ${forbidden}, which is not supported; use a glibc image such as python:3.11 or node:22-slim`,
    });
  }
});

export const BuildSpecSchema = z.strictObject(
  {
    from: BuildFromSchema,
    steps: z.array(BuildStepSchema, { error: 'steps must be a list of build steps' }).optional(),
    start_cmd: z.string({ error: typeError('start_cmd', 'a string') }).optional(),
    ready_cmd: z.string({ error: typeError('ready_cmd', 'a string') }).optional(),
  },
  { error: objectError('build_spec', ['from', 'steps', 'start_cmd', 'ready_cmd']) },
);
export type BuildSpec = z.infer<typeof BuildSpecSchema>;

/** A team template's name: lowercase, digits and `._/-`, not the reserved `superserve/` prefix. */
export const TemplateNameSchema = nonEmptyString('name').superRefine((name, ctx) => {
  const fail = (message: string) => ctx.addIssue({ code: 'custom', message });
  if (name.length > TEMPLATE_NAME_MAX_LENGTH) {
    fail(`name is ${name.length} characters; the limit is ${TEMPLATE_NAME_MAX_LENGTH}`);
  } else if (name.startsWith(TEMPLATE_RESERVED_PREFIX)) {
    fail(
      `name cannot start with "${TEMPLATE_RESERVED_PREFIX}": that prefix is reserved for system templates`,
    );
  } else if (!TEMPLATE_NAME_PATTERN.test(name)) {
    fail('name may use lowercase letters, digits and . _ / - and must start and end with a letter or digit');
  }
});

/** Body of `POST /templates`. Resources get the API's defaults when absent. */
export const CreateTemplateRequestSchema = z.strictObject(
  {
    name: TemplateNameSchema,
    vcpu: intInRange('vcpu', TEMPLATE_VCPU.min, TEMPLATE_VCPU.max).default(TEMPLATE_VCPU.default),
    memory_mib: intInRange('memory_mib', TEMPLATE_MEMORY_MIB.min, TEMPLATE_MEMORY_MIB.max).default(
      TEMPLATE_MEMORY_MIB.default,
    ),
    disk_mib: intInRange('disk_mib', TEMPLATE_DISK_MIB.min, TEMPLATE_DISK_MIB.max).default(
      TEMPLATE_DISK_MIB.default,
    ),
    build_spec: BuildSpecSchema,
  },
  { error: objectError('the request body', ['name', 'vcpu', 'memory_mib', 'disk_mib', 'build_spec']) },
);
/** The parsed request (resources filled in). */
export type CreateTemplateRequest = z.infer<typeof CreateTemplateRequestSchema>;
/** What a caller may send (resources optional). */
export type CreateTemplateRequestInput = z.input<typeof CreateTemplateRequestSchema>;

// --- Responses (loose, any status string) ------------------------------------------------------------
/** `GET /templates[/{id}]`. System templates have names starting `superserve/`. */
export const TemplateResponseSchema = z.looseObject({
  id: z.string(),
  team_id: z.string().nullish(),
  name: z.string(),
  status: z.string(),
  vcpu: z.number().nullish(),
  memory_mib: z.number().nullish(),
  disk_mib: z.number().nullish(),
  size_bytes: z.number().nullish(),
  error_message: z.string().nullish(),
  created_at: z.string().nullish(),
  built_at: z.string().nullish(),
  latest_build_id: z.string().nullish(),
  /**
   * Not in the OpenAPI file: the embedded API adds the build spec a team template was created with, so the
   * dashboard can show its base image and steps, and clone it. System templates and backends without it send
   * none; the UI then leaves those facts out. Loose: a step this version doesn't know is shown as it came.
   */
  build_spec: z
    .looseObject({
      from: z.string(),
      steps: z.array(z.unknown()).nullish(),
      start_cmd: z.string().nullish(),
      ready_cmd: z.string().nullish(),
    })
    .nullish(),
});
export type TemplateResponse = z.infer<typeof TemplateResponseSchema>;

/** `POST /templates` (202): the template plus the id of its first build. */
export const CreateTemplateResponseSchema = TemplateResponseSchema.extend({ build_id: z.string() });
export type CreateTemplateResponse = z.infer<typeof CreateTemplateResponseSchema>;

/** `GET/POST /templates/{id}/builds[/{build_id}]`. */
export const TemplateBuildResponseSchema = z.looseObject({
  id: z.string(),
  template_id: z.string(),
  status: z.string(),
  build_spec_hash: z.string().nullish(),
  /** Starts with a stable code, e.g. "step_failed: step 1/2 failed…". */
  error_message: z.string().nullish(),
  started_at: z.string().nullish(),
  finalized_at: z.string().nullish(),
  created_at: z.string().nullish(),
});
export type TemplateBuildResponse = z.infer<typeof TemplateBuildResponseSchema>;

/** One SSE `data:` payload of the build log. The last has `finished:true` and a terminal `status`. */
export const BuildLogEventSchema = z.looseObject({
  timestamp: z.string().nullish(),
  stream: z.string().nullish(),
  text: z
    .string()
    .nullish()
    .transform((text) => text ?? ''),
  finished: z.boolean().nullish(),
  status: z.string().nullish(),
});
export type BuildLogEvent = z.infer<typeof BuildLogEventSchema>;
