/**
 * One factory for every query key, so an invalidation never misses a variant:
 * `sandboxKeys.all` covers lists and details, `sandboxKeys.lists()` every filtered list.
 */

/** The list's filters as the API understands them (see API-NOTES "List"). Metadata filters are ANDed. */
export type SandboxListParams = {
  status?: string;
  q?: string;
  sort?: 'created_at' | 'name' | 'status';
  order?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
  metadata?: Record<string, string>;
};

export type TemplateListParams = { name_prefix?: string };

export const sandboxKeys = {
  all: ['sandboxes'] as const,
  lists: () => [...sandboxKeys.all, 'list'] as const,
  list: (params: SandboxListParams = {}) => [...sandboxKeys.lists(), params] as const,
  /** Every sandbox matching the metadata filters, all pages fetched (lib/client/all-sandboxes). */
  everything: (metadata: Record<string, string> = {}) => [...sandboxKeys.lists(), 'all', metadata] as const,
  details: () => [...sandboxKeys.all, 'detail'] as const,
  detail: (id: string) => [...sandboxKeys.details(), id] as const,
};

export const templateKeys = {
  all: ['templates'] as const,
  lists: () => [...templateKeys.all, 'list'] as const,
  list: (params: TemplateListParams = {}) => [...templateKeys.lists(), params] as const,
  details: () => [...templateKeys.all, 'detail'] as const,
  detail: (idOrName: string) => [...templateKeys.details(), idOrName] as const,
  builds: (templateId: string) => [...templateKeys.all, 'builds', templateId] as const,
};

export const healthKeys = {
  all: ['health'] as const,
};

/** The audit log: `auditKeys.all` covers the /audit pages and every sandbox's Activity card. */
export const auditKeys = {
  all: ['audit'] as const,
  lists: () => [...auditKeys.all, 'list'] as const,
  /** One page of /audit, by the routes' query string (filters and cursor). */
  list: (query: string) => [...auditKeys.lists(), query] as const,
  sandbox: (id: string) => [...auditKeys.all, 'sandbox', id] as const,
  template: (id: string) => [...auditKeys.all, 'template', id] as const,
};
