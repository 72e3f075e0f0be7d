import { describe, expect, it } from 'vitest';
import { filterByTemplate, sandboxesUsingHref, templateRefs } from './template-filter';

const WEB = { id: '7e3a0000-0000-4000-8000-000000000001', name: 'acme/web' };
const BASE = { id: '00000000-0000-4000-8000-00000000ba5e', name: 'superserve/base' };

describe('sandboxesUsingHref', () => {
  it('links the sandbox list filtered by the template name, encoded', () => {
    expect(sandboxesUsingHref(WEB)).toBe('/sandboxes?template=acme%2Fweb');
  });
});

describe('templateRefs', () => {
  it('adds the id and the name of the template the value names, either way', () => {
    expect([...templateRefs(WEB.name, [WEB, BASE])].sort()).toEqual([WEB.id, WEB.name].sort());
    expect([...templateRefs(WEB.id, [WEB, BASE])].sort()).toEqual([WEB.id, WEB.name].sort());
  });

  it('keeps the value alone when the list does not know it (a deleted template, or no list yet)', () => {
    expect([...templateRefs('gone')]).toEqual(['gone']);
  });
});

describe('filterByTemplate', () => {
  const sandboxes = [
    { id: 'a', template_id: WEB.id },
    { id: 'b', template_id: BASE.id },
    { id: 'c', from_template: WEB.name },
    { id: 'd' },
  ];

  it('keeps the sandboxes made from the template, by id or by name', () => {
    expect(filterByTemplate(sandboxes, WEB.name, [WEB, BASE]).map((s) => s.id)).toEqual(['a', 'c']);
  });

  it('matches a reference as given when the templates list is not loaded', () => {
    expect(filterByTemplate(sandboxes, WEB.name).map((s) => s.id)).toEqual(['c']);
  });

  it("keeps everything for '' and drops sandboxes that name no template otherwise", () => {
    expect(filterByTemplate(sandboxes, '')).toHaveLength(4);
    expect(filterByTemplate(sandboxes, 'nope', [WEB, BASE])).toEqual([]);
  });
});
