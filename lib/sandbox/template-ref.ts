/**
 * Which template a sandbox came from, and its name. The documented response does not say; newer deployments and
 * the embedded API add one of these fields, holding a name or an id. Zod-free, so the list can use it without
 * the form's weight.
 */
export type TemplateSource = {
  from_template?: unknown;
  template?: unknown;
  template_name?: unknown;
  template_id?: unknown;
};

/** The template reference (a name or an id) the response gives; undefined when it says nothing. */
export function templateOf(sandbox: TemplateSource): string | undefined {
  for (const candidate of [
    sandbox.from_template,
    sandbox.template_name,
    sandbox.template,
    sandbox.template_id,
  ]) {
    if (typeof candidate === 'string' && candidate !== '') return candidate;
  }
  return undefined;
}

/**
 * Names template references (an id or a name) from the templates list; undefined for one the list lacks (a
 * deleted template, or a list not loaded). Build it once per list: a page of rows looks up through one map.
 */
export function templateNamer(
  templates: ReadonlyArray<{ id: string; name: string }> = [],
): (ref: string) => string | undefined {
  const names = new Map<string, string>();
  for (const { id, name } of templates) {
    names.set(id, name);
    names.set(name, name);
  }
  return (ref) => names.get(ref);
}
