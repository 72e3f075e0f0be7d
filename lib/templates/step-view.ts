/**
 * A template's build steps as the page lists them: one readable line per step, with its kind named in the API's
 * words. The response's steps are loose (a step this version doesn't know is shown as it came, not dropped).
 */
import type { StepKind } from './steps';

export type StepView = {
  /** The step's kind; `unknown` for a shape this version doesn't know. */
  kind: StepKind | 'unknown';
  /** The kind as a short word: RUN, ENV, WORKDIR, USER (Dockerfile-like, so it reads at a glance). */
  label: string;
  /** What it does: the command, `KEY=value`, the directory, the user name (with "sudo" when given). */
  text: string;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** One step in words. Env values are shown: the API returns them in `build_spec`, they are not secrets. */
export function describeStep(step: unknown): StepView {
  if (isRecord(step)) {
    const run = str(step.run);
    if (run !== undefined) return { kind: 'run', label: 'RUN', text: run };
    if (isRecord(step.env) && str(step.env.key) !== undefined) {
      return { kind: 'env', label: 'ENV', text: `${str(step.env.key)}=${str(step.env.value) ?? ''}` };
    }
    const workdir = str(step.workdir);
    if (workdir !== undefined) return { kind: 'workdir', label: 'WORKDIR', text: workdir };
    if (isRecord(step.user) && str(step.user.name) !== undefined) {
      const sudo = step.user.sudo === true ? ' (with sudo)' : '';
      return { kind: 'user', label: 'USER', text: `${str(step.user.name)}${sudo}` };
    }
  }
  return { kind: 'unknown', label: 'STEP', text: JSON.stringify(step) ?? String(step) };
}
