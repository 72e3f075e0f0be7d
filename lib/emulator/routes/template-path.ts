/**
 * Template paths carry a name or an id, and names may contain slashes (`superserve/base`), sent encoded
 * (`superserve%2Fbase`) or not. So the part after /templates/ is matched from the end: …/builds,
 * …/builds/{build_id}, …/builds/{build_id}/logs, and whatever precedes it is the template.
 */
export type TemplatePath =
  | { kind: 'template'; ref: string }
  | { kind: 'builds'; ref: string }
  | { kind: 'build'; ref: string; buildId: string }
  | { kind: 'logs'; ref: string; buildId: string };

export const ALLOWED_METHODS: Record<TemplatePath['kind'], readonly string[]> = {
  template: ['GET', 'DELETE'],
  builds: ['GET', 'POST'],
  build: ['GET', 'DELETE'],
  logs: ['GET'],
};

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Every reading of `rest` (the raw path after `/templates/`), most specific first. */
export function templatePathCandidates(rest: string): TemplatePath[] {
  const parts = rest.split('/').map(decode);
  const ref = (drop: number) => parts.slice(0, parts.length - drop).join('/');
  const last = parts[parts.length - 1];
  const candidates: TemplatePath[] = [];
  if (parts.length >= 4 && last === 'logs' && parts[parts.length - 3] === 'builds') {
    candidates.push({ kind: 'logs', ref: ref(3), buildId: parts[parts.length - 2] as string });
  }
  if (parts.length >= 3 && parts[parts.length - 2] === 'builds') {
    candidates.push({ kind: 'build', ref: ref(2), buildId: last as string });
  }
  if (parts.length >= 2 && last === 'builds') candidates.push({ kind: 'builds', ref: ref(1) });
  candidates.push({ kind: 'template', ref: ref(0) });
  return candidates.filter((candidate) => candidate.ref !== '');
}
