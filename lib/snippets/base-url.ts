/**
 * The base URL the code snippets name, as the default of $SUPERSERVE_BASE_URL: the one place it is worked out,
 * for the create form's snippets and the detail page's Connect snippets alike.
 */
import { EMULATOR_PATH } from '@/lib/contract/api-url';

/** What the snippets need of the public configuration (lib/server/config's PublicConfig fits it). */
export type SnippetApi = { mode: 'remote'; apiUrl: string } | { mode: 'local' };

/**
 * Remote mode: SUPERSERVE_API_URL as configured, scheme, port and path prefix included (an `http://` gateway or
 * `https://gw.example/superserve` stays exactly that). Local mode: this dashboard's emulator at `origin`, the
 * origin the browser reached the dashboard by. Never a trailing slash: the snippets append `/sandboxes…`.
 */
export function snippetBaseUrl(api: SnippetApi, origin: string): string {
  const base = api.mode === 'remote' ? api.apiUrl : `${withoutTrailingSlash(origin)}${EMULATOR_PATH}`;
  return withoutTrailingSlash(base);
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
