/** Exec: run a command in a sandbox, whole (`/exec`) or streamed as SSE (`/exec/stream`). */
import { z } from 'zod';
import { nonEmptyString, typeError } from './fields';
import { stringMapSchema } from './string-map';

/**
 * Body of `POST /sandboxes/{id}/exec[/stream]`. Unknown fields are accepted but not kept (zod's default "strip"),
 * a Decision with two sides:
 * - the embedded API accepts and ignores them, as the backend does: the official SDK may send fields this version
 *   doesn't know, and rejecting them would break the SDK;
 * - the proxy forwards the parsed output, so only the fields the contract knows reach the upstream: the proxy
 *   serves our own UI, which sends nothing else, and nothing unchecked passes through it.
 */
export const ExecRequestSchema = z.object(
  {
    /** Run through `/bin/sh -c`, unless `args` is given (then it is the binary). */
    command: nonEmptyString('command'),
    args: z.array(z.string(), { error: 'args must be a list of strings' }).optional(),
    /** Every variable name kept as given, `__proto__` included (see ./string-map). */
    env: stringMapSchema({
      notObject: 'env must be an object of variable names to string values',
      notString: 'env values must be strings',
    }).optional(),
    /** Default `/home/user`. */
    working_dir: z.string({ error: typeError('working_dir', 'a string') }).optional(),
    /** Seconds; default 30. */
    timeout_s: z
      .number({ error: typeError('timeout_s', 'a number of seconds') })
      .int({ error: 'timeout_s must be a whole number of seconds' })
      .positive({ error: 'timeout_s must be at least 1 second' })
      .optional(),
  },
  { error: 'The request body must be a JSON object with a command' },
);
export type ExecRequest = z.infer<typeof ExecRequestSchema>;

/** Response of `POST /sandboxes/{id}/exec`. A non-zero exit code is still a 200. */
export const ExecResultSchema = z.looseObject({
  stdout: z
    .string()
    .nullish()
    .transform((s) => s ?? ''),
  stderr: z
    .string()
    .nullish()
    .transform((s) => s ?? ''),
  exit_code: z.number(),
});
export type ExecResult = z.infer<typeof ExecResultSchema>;

/**
 * One SSE `data:` payload of `/exec/stream`: an output chunk (`stdout` or `stderr`), the final
 * `{exit_code, finished:true}`, or a failure `{code:'exec_failed', error, finished:true}`.
 */
export const ExecStreamEventSchema = z.looseObject({
  timestamp: z.string().nullish(),
  stdout: z.string().nullish(),
  stderr: z.string().nullish(),
  exit_code: z.number().nullish(),
  finished: z.boolean().nullish(),
  error: z.string().nullish(),
  code: z.string().nullish(),
});
export type ExecStreamEvent = z.infer<typeof ExecStreamEventSchema>;
