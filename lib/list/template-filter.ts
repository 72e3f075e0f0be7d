/**
 * The sandbox list's "made from template X" filter. The API cannot filter sandboxes by template, so the list
 * fetches every sandbox and the browser keeps those whose template reference (an id or a name, see
 * lib/sandbox/template-ref) is the template's. The URL carries the template's name, which people read.
 */
import { templateOf, type TemplateSource } from '@/lib/sandbox/template-ref';
import { DEFAULT_LIST_STATE, listHref } from './filters';

/** Where "the sandboxes using this template" are: the sandbox list, filtered to them (`?template=acme%2Fweb`). */
export function sandboxesUsingHref(template: { name: string }): string {
  return listHref({ ...DEFAULT_LIST_STATE, template: template.name });
}

/**
 * Every reference that means the filtered template: the value itself (a name, or an id in a hand-made link) and,
 * when the templates list knows that template, its id and its name, since a sandbox may name it either way.
 */
export function templateRefs(
  value: string,
  templates: ReadonlyArray<{ id: string; name: string }> = [],
): ReadonlySet<string> {
  const refs = new Set([value]);
  for (const { id, name } of templates) {
    if (id === value || name === value) {
      refs.add(id);
      refs.add(name);
    }
  }
  return refs;
}

/** The sandboxes made from the template `value` names; '' keeps them all. */
export function filterByTemplate<T extends TemplateSource>(
  items: readonly T[],
  value: string,
  templates?: ReadonlyArray<{ id: string; name: string }>,
): T[] {
  if (value === '') return [...items];
  const refs = templateRefs(value, templates);
  return items.filter((item) => {
    const ref = templateOf(item);
    return ref !== undefined && refs.has(ref);
  });
}
