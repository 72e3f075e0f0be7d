/**
 * Maps the `fields` of a 400 from the proxy or the API (paths in the REQUEST's shape: `memory_mib`,
 * `build_spec.from`, `build_spec.steps.2.user.name`) onto the template form's fields (`memoryMib`, `from`,
 * `steps.2.name`), so the message shows next to what the user typed, on the step that caused it.
 */
import type { FieldError } from '@/lib/client/api-error';
import type { MappedServerErrors } from '@/lib/sandbox-form/server-errors';
import type { StepRow } from '@/lib/templates/steps';
import type { TemplateFormValues } from './values';

const SIMPLE_PATHS: Readonly<Record<string, string>> = {
  name: 'name',
  vcpu: 'vcpu',
  memory_mib: 'memoryMib',
  disk_mib: 'diskMib',
  'build_spec.from': 'from',
  'build_spec.start_cmd': 'startCmd',
  'build_spec.ready_cmd': 'readyCmd',
};

/** The row field a contract path inside a step names: its last part (`env.key` → `key`, `user.sudo` → `sudo`). */
const ROW_FIELDS: Readonly<Record<StepRow['kind'], readonly string[]>> = {
  run: ['run'],
  env: ['key', 'value'],
  workdir: ['workdir'],
  user: ['name', 'sudo'],
};

function stepFieldPath(rows: readonly StepRow[], index: number, rest: string): string | undefined {
  const row = rows[index];
  if (!row) return undefined;
  const last = rest.split('.').at(-1) ?? '';
  const fields = ROW_FIELDS[row.kind];
  // A message about the step as a whole ("needs exactly one of…") goes on its first field.
  const field = fields.includes(last) ? last : fields[0];
  return `steps.${index}.${field}`;
}

function formPathFor(path: string, values: TemplateFormValues): string | undefined {
  const simple = SIMPLE_PATHS[path];
  if (simple) return simple;
  const step = /^build_spec\.steps\.(\d+)(?:\.(.*))?$/.exec(path);
  if (step) return stepFieldPath(values.steps, Number(step[1]), step[2] ?? '');
  return undefined;
}

export function mapTemplateServerErrors(
  errors: readonly FieldError[],
  values: TemplateFormValues,
): MappedServerErrors {
  const result: MappedServerErrors = { fields: [], unplaced: [] };
  for (const error of errors) {
    const path = formPathFor(error.path, values);
    if (path) result.fields.push({ path, message: error.message });
    else result.unplaced.push(error);
  }
  return result;
}
