import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TEMPLATE_LIST_STATE,
  clearTemplateFilters,
  filterTemplates,
  hasTemplateFilters,
  parseTemplateListParams,
  templateApiParams,
  templateListHref,
  type TemplateListState,
} from './list-state';

const state = (changes: Partial<TemplateListState> = {}): TemplateListState => ({
  ...DEFAULT_TEMPLATE_LIST_STATE,
  ...changes,
});
const parse = (query: string) => parseTemplateListParams(new URLSearchParams(query));

describe('the templates list URL', () => {
  it('is plain for the default view', () => {
    expect(parse('')).toEqual(DEFAULT_TEMPLATE_LIST_STATE);
    expect(templateListHref(DEFAULT_TEMPLATE_LIST_STATE)).toBe('/templates');
  });

  it('round-trips every filter, with name_prefix as the API names it', () => {
    const filtered = state({ namePrefix: 'acme/', status: 'failed', kind: 'own', refresh: 15 });
    const href = templateListHref(filtered);
    expect(href).toBe('/templates?name_prefix=acme%2F&status=failed&kind=own&refresh=15');
    expect(parse(href.split('?')[1] ?? '')).toEqual(filtered);
  });

  it('falls back to defaults for values it does not allow', () => {
    expect(parse('status=deleted&kind=mine&refresh=7')).toEqual(DEFAULT_TEMPLATE_LIST_STATE);
    expect(parse('status=Ready').status).toBe('all');
  });

  it('trims the prefix and cuts it at the longest name', () => {
    expect(parse('name_prefix=%20web%20').namePrefix).toBe('web');
    expect(parse(`name_prefix=${'a'.repeat(300)}`).namePrefix).toHaveLength(128);
  });
});

describe('templateApiParams', () => {
  it('sends the prefix only, and nothing when it is empty', () => {
    expect(templateApiParams(state({ namePrefix: 'py', status: 'ready', kind: 'system' }))).toEqual({
      name_prefix: 'py',
    });
    expect(templateApiParams(state())).toEqual({});
  });
});

describe('filters', () => {
  const templates = [
    { name: 'superserve/base', status: 'ready' },
    { name: 'superserve/python-3.11', status: 'ready' },
    { name: 'acme-web', status: 'failed' },
    { name: 'acme-api', status: 'building' },
  ];
  const names = (s: TemplateListState) => filterTemplates(templates, s).map((t) => t.name);

  it('keeps system or own templates, by status, by prefix, in the API order', () => {
    expect(names(state({ kind: 'system' }))).toEqual(['superserve/base', 'superserve/python-3.11']);
    expect(names(state({ kind: 'own' }))).toEqual(['acme-web', 'acme-api']);
    expect(names(state({ status: 'ready', kind: 'own' }))).toEqual([]);
    expect(names(state({ namePrefix: 'superserve/py' }))).toEqual(['superserve/python-3.11']);
    expect(names(state())).toHaveLength(4);
  });

  it('tells a filtered view apart, and clears filters but keeps the refresh interval', () => {
    expect(hasTemplateFilters(state())).toBe(false);
    expect(hasTemplateFilters(state({ refresh: 5 }))).toBe(false);
    expect(hasTemplateFilters(state({ kind: 'own' }))).toBe(true);
    expect(
      clearTemplateFilters(state({ namePrefix: 'a', status: 'ready', kind: 'own', refresh: 5 })),
    ).toEqual(state({ refresh: 5 }));
  });
});
