/**
 * A record in words, for the /audit table and a sandbox's Activity card: who, what it acted on, the extra
 * facts in one line, and the outcome. Pure, so every wording is tested without rendering.
 */
import { compactId } from '@/lib/format/ids';

import type { AuditActor, AuditRecord, AuditTarget } from './record';

/** "ada@example.com", "System" (start-up, the CLI), or "Someone" (a link holder not yet known). */
export function actorName(actor: AuditActor): string {
  if (actor.id === 'system') return 'System';
  return actor.email ?? actor.id ?? 'Someone';
}

/** A target as people know it: its name, else a short form of its id. */
export function targetName(target: AuditTarget): string {
  if (target.name) return target.name;
  if (target.id) return compactId(target.id);
  return '—';
}

const list = (value: unknown) => (Array.isArray(value) ? value.map(String).join(', ') : undefined);

/** The one line of facts worth showing beside a record, or null. Never more than its details hold. */
export function describeDetails(record: Pick<AuditRecord, 'action' | 'details'>): string | null {
  const d = record.details ?? {};
  const parts: string[] = [];
  if (typeof d.command === 'string') {
    const args = list(d.args);
    parts.push(`$ ${d.command}${args ? ` ${args.replaceAll(', ', ' ')}` : ''}`);
  }
  if (typeof d.from_template === 'string') parts.push(`from ${d.from_template}`);
  if (typeof d.from === 'string') parts.push(`from ${d.from}`);
  if (typeof d.role === 'string') parts.push(`role ${d.role}`);
  if (list(d.changed)) parts.push(`changed ${list(d.changed)}`);
  if (list(d.fields) && !d.role) parts.push(`changed ${list(d.fields)}`);
  if (list(d.env_vars)) parts.push(`env ${list(d.env_vars)}`);
  if (list(d.env)) parts.push(`env ${list(d.env)}`);
  if (typeof d.build_id === 'string') parts.push(`build ${compactId(d.build_id)}`);
  if (typeof d.reason === 'string') parts.push(`reason: ${d.reason}`);
  if (d.method === 'sso') parts.push('single sign-on');
  return parts.length ? parts.join(' · ') : null;
}

/** "Succeeded (204)", "Failed (404 not_found)", "Unknown": the outcome with its evidence. */
export function describeOutcome(record: Pick<AuditRecord, 'outcome' | 'status' | 'errorCode'>): string {
  if (record.outcome === 'unknown') return 'Unknown';
  const evidence = [record.status, record.errorCode].filter((part) => part !== null && part !== '').join(' ');
  const word = record.outcome === 'success' ? 'Succeeded' : 'Failed';
  return evidence ? `${word} (${evidence})` : word;
}
