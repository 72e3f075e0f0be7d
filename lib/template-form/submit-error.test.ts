import { describe, expect, it } from 'vitest';
import { describeTemplateSubmitError } from './submit-error';

const error = (status: number, code = 'x', message = 'API words') => ({ status, code, message, fields: [] });

describe('describeTemplateSubmitError', () => {
  it('a duplicate name (409) is an error on the name field', () => {
    const banner = describeTemplateSubmitError(error(409, 'conflict', 'A template named "a" already exists'));
    expect(banner.field).toEqual({
      path: 'name',
      message: 'Your team already has a template with this name',
    });
  });

  it('the template and build caps (429) are banners linking to the templates', () => {
    const templates = describeTemplateSubmitError(error(429, 'too_many_templates'));
    expect(templates.title).toBe('Your team has reached its template limit');
    expect(templates.action).toContain('10 templates');
    expect(templates.link?.href).toBe('/templates');
    expect(templates.field).toBeUndefined();
    const builds = describeTemplateSubmitError(error(429, 'too_many_builds'));
    expect(builds.title).toBe('Too many builds are running');
    expect(builds.action).toContain('5 builds');
  });

  it('a rate limit says how long to wait; no message names a sandbox', () => {
    const limited = describeTemplateSubmitError({ ...error(429, 'rate_limited'), retryAfter: 3 });
    expect(limited.retryAfter).toBe(3);
    for (const status of [0, 400, 401, 403, 404, 409, 413, 429, 500, 502, 503, 504]) {
      const banner = describeTemplateSubmitError(error(status));
      expect(`${banner.title} ${banner.action}`, String(status)).not.toMatch(/sandbox/i);
      expect(banner.linkToList).toBeUndefined();
    }
  });
});
