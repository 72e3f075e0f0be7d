/**
 * The build-steps editor's model: a template's steps as form rows, one kind per row, and the edits the editor
 * makes (add, change kind, move, duplicate, remove), as pure functions.
 *
 * Why rows and not the API's `BuildStep`: a step is "exactly one of run, env, workdir, user", which a form can't
 * hold while the user switches a row's kind; a row carries its `kind` and only that kind's fields, plus a stable
 * `id` for React keys and drag-and-drop. `toBuildSteps` / `fromBuildSteps` convert, exactly both ways.
 *
 * Validation is the contract's own `BuildStepSchema`, run on each row's step, with each problem moved to the
 * row's field (`steps.3.key`, `steps.5.name`), so the form shows a step's problems on that step.
 */
import { z } from 'zod';
import { BuildStepSchema, type BuildStep } from '@/lib/contract/template';
import { newRowId } from '@/lib/sandbox-form/values';

export const STEP_KINDS = ['run', 'env', 'workdir', 'user'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** A shell command, run with `/bin/sh -c` in the build VM. */
export type RunStepRow = { id: string; kind: 'run'; run: string };
/** An environment variable for later steps and for sandboxes made from the template. */
export type EnvStepRow = { id: string; kind: 'env'; key: string; value: string };
/** The working directory for later steps and the sandboxes' default. */
export type WorkdirStepRow = { id: string; kind: 'workdir'; workdir: string };
/**
 * The user later steps run as (created if missing). `sudo` is absent when the step said nothing about it, so a
 * step read from the API comes back exactly as it was; a checkbox reads absent as off.
 */
export type UserStepRow = { id: string; kind: 'user'; name: string; sudo?: boolean };
export type StepRow = RunStepRow | EnvStepRow | WorkdirStepRow | UserStepRow;

/** Words for the kind picker, in the API's terms. */
export const STEP_KIND_LABELS: Readonly<Record<StepKind, string>> = {
  run: 'Run a command',
  env: 'Set an environment variable',
  workdir: 'Change the working directory',
  user: 'Switch user',
};

/** A new, empty row of `kind` with a fresh id. */
export function emptyStep(kind: StepKind, id: string = newRowId()): StepRow {
  switch (kind) {
    case 'run':
      return { id, kind, run: '' };
    case 'env':
      return { id, kind, key: '', value: '' };
    case 'workdir':
      return { id, kind, workdir: '' };
    case 'user':
      return { id, kind, name: '' };
  }
}

/** The one line of text a row holds: its command, directory or user name, or `KEY=value` for a variable. */
function textOf(row: StepRow): string {
  switch (row.kind) {
    case 'run':
      return row.run;
    case 'workdir':
      return row.workdir;
    case 'user':
      return row.name;
    case 'env':
      return row.value === '' ? row.key : `${row.key}=${row.value}`;
  }
}

/**
 * The row as another kind, keeping its id (focus and drag state stay) and the text typed so far: a command
 * typed in the wrong kind of row survives the switch. Text becomes a variable by splitting at its first `=`
 * (`DEBUG=1` → key `DEBUG`, value `1`), and a variable becomes text as `KEY=value`. The same kind returns the
 * row unchanged.
 */
export function changeKind(row: StepRow, kind: StepKind): StepRow {
  if (row.kind === kind) return row;
  const text = textOf(row);
  const { id } = row;
  switch (kind) {
    case 'run':
      return { id, kind, run: text };
    case 'workdir':
      return { id, kind, workdir: text };
    case 'user':
      return { id, kind, name: text };
    case 'env': {
      const eq = text.indexOf('=');
      return eq === -1
        ? { id, kind, key: text, value: '' }
        : { id, kind, key: text.slice(0, eq), value: text.slice(eq + 1) };
    }
  }
}

/** One row as the API's step. */
export function toBuildStep(row: StepRow): BuildStep {
  switch (row.kind) {
    case 'run':
      return { run: row.run };
    case 'env':
      return { env: { key: row.key, value: row.value } };
    case 'workdir':
      return { workdir: row.workdir };
    case 'user':
      return { user: row.sudo === undefined ? { name: row.name } : { name: row.name, sudo: row.sudo } };
  }
}

/** The rows as `build_spec.steps`, in order. Every row counts: an empty one is a validation error, not skipped. */
export function toBuildSteps(rows: readonly StepRow[]): BuildStep[] {
  return rows.map(toBuildStep);
}

/**
 * The API's steps as rows (e.g. a template's spec to rebuild from, or an imported Dockerfile), each with a fresh
 * id. A step with several kinds set, which the API refuses, becomes a row of the first kind in
 * run, env, workdir, user order; one with none becomes an empty run row.
 */
export function fromBuildSteps(steps: readonly BuildStep[]): StepRow[] {
  return steps.map((step) => {
    const id = newRowId();
    if (step.run !== undefined) return { id, kind: 'run', run: step.run };
    if (step.env !== undefined) return { id, kind: 'env', key: step.env.key, value: step.env.value };
    if (step.workdir !== undefined) return { id, kind: 'workdir', workdir: step.workdir };
    if (step.user !== undefined) {
      const { name, sudo } = step.user;
      return sudo === undefined ? { id, kind: 'user', name } : { id, kind: 'user', name, sudo };
    }
    return emptyStep('run', id);
  });
}

const inRange = (rows: readonly unknown[], index: number) =>
  Number.isInteger(index) && index >= 0 && index < rows.length;

/**
 * Moves the row at `from` to position `to` (the others shift). `to` past either end means that end; a `from`
 * that isn't a row, or no move at all, returns `rows` itself, so React sees no change.
 */
export function moveStep<R>(rows: readonly R[], from: number, to: number): readonly R[] {
  if (!inRange(rows, from) || Number.isNaN(to)) return rows;
  const target = Math.min(Math.max(Math.trunc(to), 0), rows.length - 1);
  if (target === from) return rows;
  const next = [...rows];
  const [row] = next.splice(from, 1);
  next.splice(target, 0, row as R);
  return next;
}

/** Inserts a copy of the row at `index` right after it, with a new id; `rows` itself for an index that isn't a row. */
export function duplicateStep<R extends { id: string }>(rows: readonly R[], index: number): readonly R[] {
  if (!inRange(rows, index)) return rows;
  const copy = { ...(rows[index] as R), id: newRowId() };
  return [...rows.slice(0, index + 1), copy, ...rows.slice(index + 1)];
}

/** Removes the row at `index`; `rows` itself for an index that isn't a row. */
export function removeStep<R>(rows: readonly R[], index: number): readonly R[] {
  if (!inRange(rows, index)) return rows;
  return [...rows.slice(0, index), ...rows.slice(index + 1)];
}

// --- Validation ------------------------------------------------------------------------------------------------

/** Where a contract path (`env.key`, `user.name`) shows in a row: the row's own field. */
const ROW_FIELD: Readonly<Record<string, string>> = {
  run: 'run',
  'env.key': 'key',
  'env.value': 'value',
  workdir: 'workdir',
  'user.name': 'name',
  'user.sudo': 'sudo',
};

/** A row's shape only (kind and its fields), without the contract's rules: e.g. to read a saved draft back. */
export const RowShapeSchema = z.discriminatedUnion('kind', [
  z.object({ id: z.string(), kind: z.literal('run'), run: z.string() }),
  z.object({ id: z.string(), kind: z.literal('env'), key: z.string(), value: z.string() }),
  z.object({ id: z.string(), kind: z.literal('workdir'), workdir: z.string() }),
  z.object({ id: z.string(), kind: z.literal('user'), name: z.string(), sudo: z.boolean().optional() }),
]);

/**
 * One row, checked by the contract's rules (`BuildStepSchema`), each problem at the row's field: `run`,
 * `key`, `value`, `workdir`, `name` or `sudo`. Stricter than the API in one way: a command or directory of only
 * spaces counts as empty.
 */
export const StepRowSchema = RowShapeSchema.superRefine((row, ctx) => {
  const parsed = BuildStepSchema.safeParse(toBuildStep(row));
  const issues = parsed.success ? [] : parsed.error.issues;
  for (const issue of issues) {
    const field = ROW_FIELD[issue.path.join('.')] ?? primaryField(row);
    ctx.addIssue({ code: 'custom', message: issue.message, path: [field] });
  }
  if (issues.length > 0) return;
  if (row.kind === 'run' && row.run.trim() === '') {
    ctx.addIssue({ code: 'custom', message: 'run cannot be only spaces', path: ['run'] });
  }
  if (row.kind === 'workdir' && row.workdir.trim() === '') {
    ctx.addIssue({ code: 'custom', message: 'workdir cannot be only spaces', path: ['workdir'] });
  }
});

/** The rows of the editor: problems at `[index, field]`, relative to where the form mounts it (`steps.3.key`). */
export const StepRowsSchema = z.array(StepRowSchema);

function primaryField(row: StepRow): string {
  return row.kind === 'env' ? 'key' : row.kind === 'user' ? 'name' : row.kind;
}
