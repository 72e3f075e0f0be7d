import { describe, expect, it } from 'vitest';
import { templateNamer, templateOf } from './template-ref';

describe('templateOf', () => {
  it('takes the first field a backend fills, a name before an id', () => {
    expect(templateOf({ from_template: 'my-env', template_id: 'x' })).toBe('my-env');
    expect(templateOf({ template: 'superserve/node-22' })).toBe('superserve/node-22');
    expect(templateOf({ template_id: '7e3a0000-0000-4000-8000-000000000001' })).toBe(
      '7e3a0000-0000-4000-8000-000000000001',
    );
  });

  it('is undefined when no field says, or a field is empty or not a string', () => {
    expect(templateOf({})).toBeUndefined();
    expect(templateOf({ template: '', template_id: null, from_template: 42 })).toBeUndefined();
  });
});

describe('templateNamer', () => {
  const nameOf = templateNamer([{ id: '7e3a0000-0000-4000-8000-000000000001', name: 'acme/data-tools' }]);

  it('names an id, and a name as itself', () => {
    expect(nameOf('7e3a0000-0000-4000-8000-000000000001')).toBe('acme/data-tools');
    expect(nameOf('acme/data-tools')).toBe('acme/data-tools');
  });

  it('knows nothing of a template the list lacks, or without a list', () => {
    expect(nameOf('ffff0000-0000-4000-8000-000000000009')).toBeUndefined();
    expect(templateNamer()('acme/data-tools')).toBeUndefined();
  });
});
