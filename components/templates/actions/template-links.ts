/** Where a template's pages are. Shared by the list's rows, its menu and the template's own page. */

export function templateHref(template: { id: string }): string {
  return `/templates/${encodeURIComponent(template.id)}`;
}

/** The create form as a copy of this template (the form reads `from`: a name or an id). */
export function cloneTemplateHref(template: { name: string }): string {
  return `/templates/new?from=${encodeURIComponent(template.name)}`;
}
