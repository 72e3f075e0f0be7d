import { describe, expect, it } from 'vitest';
import { mapTemplateServerErrors } from './server-errors';
import { emptyTemplateFormValues, type TemplateFormValues } from './values';

const values: TemplateFormValues = {
  ...emptyTemplateFormValues(),
  steps: [
    { id: 'a', kind: 'run', run: 'ls' },
    { id: 'b', kind: 'env', key: 'A', value: '1' },
    { id: 'c', kind: 'user', name: 'Root' },
  ],
};

describe('mapTemplateServerErrors', () => {
  it('puts request paths on the form fields and steps, and keeps the rest for the banner', () => {
    const mapped = mapTemplateServerErrors(
      [
        { path: 'name', message: 'taken' },
        { path: 'memory_mib', message: 'too big' },
        { path: 'build_spec.from', message: 'alpine' },
        { path: 'build_spec.steps.2.user.name', message: 'bad user' },
        { path: 'build_spec.steps.1.env.value', message: 'bad value' },
        { path: 'build_spec.steps.0', message: 'needs exactly one' },
        { path: 'build_spec.steps.9.run', message: 'no such step' },
        { path: 'build_spec.start_cmd', message: 'start' },
        { path: 'extra', message: 'unknown' },
      ],
      values,
    );
    expect(mapped.fields).toEqual([
      { path: 'name', message: 'taken' },
      { path: 'memoryMib', message: 'too big' },
      { path: 'from', message: 'alpine' },
      { path: 'steps.2.name', message: 'bad user' },
      { path: 'steps.1.value', message: 'bad value' },
      { path: 'steps.0.run', message: 'needs exactly one' },
      { path: 'startCmd', message: 'start' },
    ]);
    expect(mapped.unplaced).toEqual([
      { path: 'build_spec.steps.9.run', message: 'no such step' },
      { path: 'extra', message: 'unknown' },
    ]);
  });
});
