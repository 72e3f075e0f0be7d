/**
 * Form values ⇄ the POST /sandboxes body. The preview, the snippets, the submit and the import all go through
 * these functions, so what the user sees is exactly what is sent.
 */
import type { CreateSandboxRequest } from '@/lib/contract';
import { rowsToRecord } from '@/lib/contract/entry-checks';
import { rowsToRules } from '@/lib/contract/network-rules';
import { templateNamer, templateOf, type TemplateSource } from '@/lib/sandbox/template-ref';
import { lifetimeFromSeconds, lifetimeSeconds } from './lifetime';
import { cloneName } from './name';
import {
  DEFAULT_TEMPLATE,
  keyValueRow,
  ruleRow,
  type KeyValueRow,
  type RuleRow,
  type SandboxFormValues,
} from './values';

export function recordToRows(record: Readonly<Record<string, string>> | undefined): KeyValueRow[] {
  return Object.entries(record ?? {}).map(([key, value]) => keyValueRow(key, value));
}

export function rulesToRows(rules: readonly string[] | undefined): RuleRow[] {
  return (rules ?? []).map((rule) => ruleRow(rule));
}

/** The network object for a pair of rule lists; undefined when neither has a rule (the API's "no rules"). */
export function toNetwork(allowOut: readonly RuleRow[], denyOut: readonly RuleRow[]) {
  const allow_out = rowsToRules(allowOut);
  const deny_out = rowsToRules(denyOut);
  if (allow_out.length === 0 && deny_out.length === 0) return undefined;
  return {
    ...(allow_out.length > 0 ? { allow_out } : {}),
    ...(deny_out.length > 0 ? { deny_out } : {}),
  };
}

/** The exact body for POST /sandboxes; empty sections are left out rather than sent as {} or []. */
export function toCreateRequest(values: SandboxFormValues): CreateSandboxRequest {
  const body: CreateSandboxRequest = { name: values.name };
  const template = values.template.trim();
  if (template !== '') body.from_template = template;
  const seconds = lifetimeSeconds(values.lifetime);
  if (seconds !== undefined) body.timeout_seconds = seconds;
  const metadata = rowsToRecord(values.metadata);
  if (Object.keys(metadata).length > 0) body.metadata = metadata;
  const envVars = rowsToRecord(values.envVars);
  if (Object.keys(envVars).length > 0) body.env_vars = envVars;
  const network = toNetwork(values.allowOut, values.denyOut);
  if (network) body.network = network;
  return body;
}

/** Form values for a body that already passed the import's structural check. */
export function fromCreateRequest(body: CreateSandboxRequest, fallbackName = ''): SandboxFormValues {
  return {
    name: body.name ?? fallbackName,
    template: body.from_template ?? DEFAULT_TEMPLATE,
    lifetime: lifetimeFromSeconds(body.timeout_seconds),
    metadata: recordToRows(body.metadata),
    envVars: recordToRows(body.env_vars),
    allowOut: rulesToRows(body.network?.allow_out),
    denyOut: rulesToRows(body.network?.deny_out),
  };
}

/** What a clone can read back from GET /sandboxes/{id}. Env vars are write-only and never come back. */
export type CloneSource = TemplateSource & {
  name: string;
  timeout_seconds?: number | null;
  metadata?: Record<string, string> | null;
  network?: { allow_out?: string[] | null; deny_out?: string[] | null } | null;
};

/**
 * Form values for "clone": a copy of the name, the template, lifetime, metadata and network; no env vars.
 * A template given by id is shown by name when `templates` knows it (a name reads better, and sends the same).
 */
export function fromSandbox(
  sandbox: CloneSource,
  templates: ReadonlyArray<{ id: string; name: string }> = [],
): SandboxFormValues {
  const template = templateOf(sandbox);
  return {
    name: cloneName(sandbox.name),
    template: (template && templateNamer(templates)(template)) ?? template ?? DEFAULT_TEMPLATE,
    lifetime: lifetimeFromSeconds(sandbox.timeout_seconds ?? undefined),
    metadata: recordToRows(sandbox.metadata ?? undefined),
    envVars: [],
    allowOut: rulesToRows(sandbox.network?.allow_out ?? undefined),
    denyOut: rulesToRows(sandbox.network?.deny_out ?? undefined),
  };
}
