import 'server-only';

import { clientIp } from '@/lib/audit/request-facts';
import type { AuditCompletion, AuditEntry } from '@/lib/audit/types';
import { isUuid } from '@/lib/contract/ids';

/** Who is asking, as the audit log names them. */
type Person = { id: string; email: string; role: string };

type Write = {
  action: string;
  /** The decoded path segments after `/api`: `['sandboxes', id, 'pause']`. */
  segments: readonly string[];
  /** The validated JSON body, when the route takes one. */
  body: unknown;
};

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Only the NAMES of env vars: their values are secrets and never reach the audit log. */
const names = (env: unknown): string[] | undefined => {
  const keys = Object.keys(record(env));
  return keys.length ? keys : undefined;
};

function withoutEmpty(details: Record<string, unknown>): Record<string, unknown> | null {
  const kept = Object.entries(details).filter(([, value]) => value !== undefined);
  return kept.length ? Object.fromEntries(kept) : null;
}

/** What else a write's record says, per action: never a value of an env var, a key or a token. */
function detailsOf({ action, segments, body }: Write): Record<string, unknown> | null {
  const b = record(body);
  switch (action) {
    case 'sandbox.create':
      return withoutEmpty({
        from_template: text(b.from_template),
        timeout_seconds: b.timeout_seconds,
        metadata: b.metadata,
        env_vars: names(b.env_vars),
      });
    case 'sandbox.update':
      return withoutEmpty({ changed: Object.keys(b), metadata: b.metadata });
    case 'sandbox.exec':
      return withoutEmpty({
        command: text(b.command),
        args: Array.isArray(b.args) ? b.args : undefined,
        working_dir: text(b.working_dir),
        timeout_s: b.timeout_s,
        env: names(b.env),
        stream: segments[3] === 'stream' || undefined,
      });
    case 'template.create':
      return withoutEmpty({
        from: text(record(b.build_spec).from),
        vcpu: b.vcpu,
        memory_mib: b.memory_mib,
        disk_mib: b.disk_mib,
      });
    case 'template.cancel_build':
      return withoutEmpty({ build_id: segments[3] });
    default:
      return null;
  }
}

/** The record of a write, made before it is forwarded. A create names its target by the body's `name`. */
export function proxyAuditEntry(
  write: Write,
  person: Person,
  request: Request,
  requestId: string,
): AuditEntry {
  const [collection, segment] = write.segments;
  // The API takes ids in either case; one case here, so a sandbox's records are found by its id however it was asked.
  const id = segment !== undefined && isUuid(segment) ? segment.toLowerCase() : segment;
  return {
    actor: { id: person.id, email: person.email, role: person.role },
    action: write.action,
    target: {
      type: collection === 'templates' ? 'template' : 'sandbox',
      id: id ?? null,
      name: id === undefined ? (text(record(write.body).name) ?? null) : null,
    },
    requestId,
    ip: clientIp(request.headers),
    userAgent: request.headers.get('user-agent'),
    details: detailsOf(write),
  };
}

/**
 * The outcome of a write from the answer the browser gets: its status, the error code of a failure, and for a
 * create the new target's id. A stream counts from its first bytes (its status); its body is never read here.
 */
export async function proxyAuditCompletion(
  response: Response,
  targetId: string | undefined,
): Promise<AuditCompletion> {
  const { status } = response;
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(response.headers.get('content-type') ?? ''))
    return { status };
  let body: Record<string, unknown>;
  try {
    body = record(JSON.parse(await response.clone().text()));
  } catch {
    return { status };
  }
  if (status >= 400) return { status, errorCode: text(record(body.error).code) ?? null };
  const answeredId = text(body.id);
  const name = text(body.name);
  if (targetId === undefined) return { status, target: { id: answeredId, name } };
  return answeredId === targetId && name ? { status, target: { name } } : { status };
}
