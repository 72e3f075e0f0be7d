/**
 * A build step in one line, in Dockerfile-like words (`RUN pip install numpy`, `ENV DEBUG=1`, `USER app (sudo)`),
 * for the Dockerfile import's preview. Long commands keep their first line, with a note of how many follow.
 */
import type { BuildStep } from '@/lib/contract';

export function describeStep(step: BuildStep): string {
  if (step.run !== undefined) {
    const [first = '', ...rest] = step.run.split('\n');
    return rest.length > 0
      ? `RUN ${first} (+${rest.length} more line${rest.length === 1 ? '' : 's'})`
      : `RUN ${first}`;
  }
  if (step.env !== undefined) return `ENV ${step.env.key}=${step.env.value}`;
  if (step.workdir !== undefined) return `WORKDIR ${step.workdir}`;
  if (step.user !== undefined) return `USER ${step.user.name}${step.user.sudo ? ' (sudo)' : ''}`;
  return 'An empty step';
}
