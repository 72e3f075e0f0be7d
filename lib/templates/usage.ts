/**
 * How many sandboxes use each template, for the templates list's "Sandboxes" column and the delete dialog
 * (the API refuses to delete a template that sandboxes still use).
 *
 * A sandbox names its template by id or by name, in whichever field its backend fills (see templateOf in
 * lib/sandbox/template-ref: the embedded API sends `template_id`, newer deployments a name). So counts are kept
 * per reference and a template's count adds its id's and its name's. Every listed sandbox counts, whatever its
 * state: the list holds no deleted ones. Pass every sandbox, not one page of them.
 */
import { templateOf, type TemplateSource } from '@/lib/sandbox/template-ref';

export type TemplateUsage = {
  /** Sandboxes made from `template`, by its id or its name. */
  count(template: { id: string; name: string }): number;
  /**
   * False when sandboxes exist but none says which template it came from (a backend that doesn't report it):
   * the column should read "unknown", not 0.
   */
  known: boolean;
  /** Sandboxes whose response names no template. */
  unattributed: number;
  /** Sandboxes per reference, as the API gave it (an id or a name). */
  byRef: ReadonlyMap<string, number>;
};

/** Counts the sandboxes of each template once; `count` then answers per template in constant time. */
export function countTemplateUsage(sandboxes: ReadonlyArray<TemplateSource>): TemplateUsage {
  const byRef = new Map<string, number>();
  let unattributed = 0;
  for (const sandbox of sandboxes) {
    const ref = templateOf(sandbox);
    if (ref === undefined) unattributed++;
    else byRef.set(ref, (byRef.get(ref) ?? 0) + 1);
  }
  return {
    count: ({ id, name }) => (byRef.get(id) ?? 0) + (name === id ? 0 : (byRef.get(name) ?? 0)),
    known: sandboxes.length === 0 || byRef.size > 0,
    unattributed,
    byRef,
  };
}
