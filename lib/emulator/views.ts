/** Records → the API's JSON shapes (snake_case, RFC 3339 times, optional fields left out when unset). */
import { toRfc3339 } from './ids';
import type { BuildLogRecord, BuildRecord, SandboxRecord, TemplateRecord } from './store/types';

export function sandboxListItem(sandbox: SandboxRecord): Record<string, unknown> {
  const item: Record<string, unknown> = {
    id: sandbox.id,
    name: sandbox.name,
    status: sandbox.status,
    vcpu_count: sandbox.vcpuCount,
    memory_mib: sandbox.memoryMib,
  };
  if (sandbox.snapshotId) item.snapshot_id = sandbox.snapshotId;
  item.created_at = toRfc3339(sandbox.createdAt);
  if (sandbox.timeoutSeconds !== null) item.timeout_seconds = sandbox.timeoutSeconds;
  if (sandbox.network) item.network = sandbox.network;
  item.metadata = sandbox.metadata;
  // An extension of ours (not in the OpenAPI file): the template it booted from, for the dashboard's Template column.
  item.template_id = sandbox.templateId;
  return item;
}

export const sandboxResponse = (sandbox: SandboxRecord): Record<string, unknown> => ({
  ...sandboxListItem(sandbox),
  access_token: sandbox.accessToken,
});

export function templateResponse(template: TemplateRecord): Record<string, unknown> {
  const body: Record<string, unknown> = {
    id: template.id,
    team_id: template.teamId,
    name: template.name,
    status: template.status,
    vcpu: template.vcpu,
    memory_mib: template.memoryMib,
    disk_mib: template.diskMib,
  };
  if (template.sizeBytes !== null) body.size_bytes = template.sizeBytes;
  if (template.errorMessage) body.error_message = template.errorMessage;
  body.created_at = toRfc3339(template.createdAt);
  if (template.builtAt !== null) body.built_at = toRfc3339(template.builtAt);
  if (template.latestBuildId) body.latest_build_id = template.latestBuildId;
  return body;
}

export function buildResponse(build: BuildRecord): Record<string, unknown> {
  const body: Record<string, unknown> = {
    id: build.id,
    template_id: build.templateId,
    status: build.status,
    build_spec_hash: build.buildSpecHash,
  };
  if (build.errorMessage) body.error_message = build.errorMessage;
  if (build.startedAt !== null) body.started_at = toRfc3339(build.startedAt);
  if (build.finalizedAt !== null) body.finalized_at = toRfc3339(build.finalizedAt);
  body.created_at = toRfc3339(build.createdAt);
  return body;
}

export function buildLogEvent(log: BuildLogRecord): Record<string, unknown> {
  const event: Record<string, unknown> = {
    timestamp: toRfc3339(log.timestamp),
    stream: log.stream,
    text: log.text,
  };
  if (log.finished) {
    event.finished = true;
    event.status = log.status;
  }
  return event;
}
