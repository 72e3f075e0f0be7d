/**
 * Records → the API's JSON shapes (snake_case, RFC 3339 times, optional fields left out when unset).
 *
 * Each view is typed with the contract's response type, so the embedded API and the contract cannot drift
 * apart: a field the contract does not know, a missing required field or a wrong type fails `tsc`.
 */
import type {
  BuildLogEvent,
  CreateTemplateResponse,
  SandboxListItem,
  SandboxResponse,
  TemplateBuildResponse,
  TemplateResponse,
} from '@/lib/contract';
import { toRfc3339 } from './ids';
import type { BuildLogRecord, BuildRecord, SandboxRecord, TemplateRecord } from './store/types';

/**
 * The fields a contract response type names, without the `[key: string]: unknown` that z.looseObject adds (the
 * dashboard tolerates fields it does not know; the embedded API must send only fields the contract knows).
 * Without the index signature an object literal of this type gets TypeScript's excess-property check.
 * Shallow: nested loose objects (a sandbox's `network`) keep theirs.
 */
export type KnownFields<T> = { [K in keyof T as string extends K ? never : K]: T[K] };

/**
 * Leaves out the fields a view sets to undefined (unset optional fields), as the API does. `NoInfer` makes `T`
 * the caller's declared return type, so the object literal passed in is checked against it, excess fields too.
 */
function withoutUnset<T extends object>(view: NoInfer<T>): T {
  return Object.fromEntries(Object.entries(view).filter(([, value]) => value !== undefined)) as T;
}

export function sandboxListItem(sandbox: SandboxRecord): KnownFields<SandboxListItem> {
  return withoutUnset({
    id: sandbox.id,
    name: sandbox.name,
    status: sandbox.status,
    vcpu_count: sandbox.vcpuCount,
    memory_mib: sandbox.memoryMib,
    snapshot_id: sandbox.snapshotId || undefined,
    created_at: toRfc3339(sandbox.createdAt),
    timeout_seconds: sandbox.timeoutSeconds ?? undefined,
    network: sandbox.network ?? undefined,
    metadata: sandbox.metadata,
    // An extension of ours (not in the OpenAPI file, declared in the contract's SandboxListItemSchema): the
    // template it booted from, for the dashboard's Template column.
    template_id: sandbox.templateId,
  });
}

export function sandboxResponse(sandbox: SandboxRecord): KnownFields<SandboxResponse> {
  return { ...sandboxListItem(sandbox), access_token: sandbox.accessToken };
}

export function templateResponse(template: TemplateRecord): KnownFields<TemplateResponse> {
  return withoutUnset({
    id: template.id,
    team_id: template.teamId,
    name: template.name,
    status: template.status,
    vcpu: template.vcpu,
    memory_mib: template.memoryMib,
    disk_mib: template.diskMib,
    size_bytes: template.sizeBytes ?? undefined,
    error_message: template.errorMessage || undefined,
    created_at: toRfc3339(template.createdAt),
    built_at: template.builtAt === null ? undefined : toRfc3339(template.builtAt),
    latest_build_id: template.latestBuildId || undefined,
    // An extension of ours, declared in the contract's TemplateResponseSchema: what the template is built from.
    build_spec: template.buildSpec ?? undefined,
  });
}

/** `POST /templates` (202): the template and the id of its first build. */
export function createTemplateResponse(
  template: TemplateRecord,
  build: BuildRecord,
): KnownFields<CreateTemplateResponse> {
  return { ...templateResponse(template), build_id: build.id };
}

export function buildResponse(build: BuildRecord): KnownFields<TemplateBuildResponse> {
  return withoutUnset({
    id: build.id,
    template_id: build.templateId,
    status: build.status,
    build_spec_hash: build.buildSpecHash,
    error_message: build.errorMessage || undefined,
    started_at: build.startedAt === null ? undefined : toRfc3339(build.startedAt),
    finalized_at: build.finalizedAt === null ? undefined : toRfc3339(build.finalizedAt),
    created_at: toRfc3339(build.createdAt),
  });
}

export function buildLogEvent(log: BuildLogRecord): KnownFields<BuildLogEvent> {
  return withoutUnset({
    timestamp: toRfc3339(log.timestamp),
    stream: log.stream,
    text: log.text,
    // Only the last line says it is the last, with the build's outcome.
    finished: log.finished ? true : undefined,
    status: log.finished ? log.status : undefined,
  });
}
