'use client';

import { type FormEvent, useState } from 'react';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { useTimeZone } from '@/lib/client/time-zone';
import { ACTION_GROUPS, AUDIT_ACTIONS, actionLabel } from '@/lib/audit-view/actions';
import { type AuditPageState, EMPTY_AUDIT_STATE, hasAuditFilters } from '@/lib/audit-view/page-state';

type AuditFiltersProps = {
  state: AuditPageState;
  /** Applies the filters: a new view, from its newest record. */
  onApply: (next: AuditPageState) => void;
};

/**
 * The filters, edited as a form and applied together ("Apply"), so typing an email doesn't fetch on every key.
 * The parent keys it by the URL, so Back and Forward show the filters of the page they land on.
 */
export function AuditFilters({ state, onApply }: AuditFiltersProps) {
  // Days are read in the calendar times are shown in (audit-view.tsx): say which.
  const utc = useTimeZone().choice === 'utc';
  const [draft, setDraft] = useState<AuditPageState>(state);
  const set = (key: keyof AuditPageState) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [key]: event.target.value }));
  const datesBackwards = Boolean(draft.from && draft.to && draft.from > draft.to);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (datesBackwards) return;
    const { before: _before, after: _after, ...filters } = draft;
    onApply({ ...filters, actor: draft.actor.trim(), target: draft.target.trim() });
  }

  // A prefix filter from a shared link (sandbox.*) is not in the list; keep it selectable rather than lose it.
  const customAction = draft.action && !(draft.action in AUDIT_ACTIONS) ? draft.action : null;

  return (
    <form
      onSubmit={submit}
      aria-label="Filter the audit log"
      className="border-line grid gap-3 border-b px-4 py-4 sm:grid-cols-2 lg:grid-cols-6"
    >
      <Field label="Actor" className="lg:col-span-2" hint="An email, a user id, or “system”.">
        <Input
          type="search"
          value={draft.actor}
          onChange={set('actor')}
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
      <Field label="Action" className="lg:col-span-2">
        <Select value={draft.action} onChange={set('action')}>
          <option value="">Any action</option>
          {customAction ? <option value={customAction}>{customAction}</option> : null}
          {ACTION_GROUPS.map((group) => (
            <optgroup key={group.label} label={group.label}>
              <option value={`${group.actions[0]!.split('.')[0]}.*`}>
                Any {group.label.toLowerCase()} action
              </option>
              {group.actions.map((action) => (
                <option key={action} value={action}>
                  {actionLabel(action)}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      </Field>
      <Field label="Outcome" className="lg:col-span-2">
        <Select value={draft.outcome} onChange={set('outcome')}>
          <option value="">Any outcome</option>
          <option value="success">Succeeded</option>
          <option value="failure">Failed</option>
          <option value="unknown">Unknown (no answer recorded)</option>
        </Select>
      </Field>
      <Field label="Target" className="lg:col-span-2" hint="A sandbox, template or user: its id or name.">
        <Input
          type="search"
          value={draft.target}
          onChange={set('target')}
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
      <Field label="From" hint={`The first day, ${utc ? 'in UTC' : 'in your time zone'}.`}>
        <Input type="date" value={draft.from} onChange={set('from')} max={draft.to || undefined} />
      </Field>
      <Field
        label="To"
        error={datesBackwards ? 'Pick a day on or after From.' : undefined}
        hint="The last day, included."
      >
        <Input type="date" value={draft.to} onChange={set('to')} min={draft.from || undefined} />
      </Field>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-2">
        <Button type="submit">Apply filters</Button>
        {hasAuditFilters(state) || hasAuditFilters(draft) ? (
          <Button
            variant="ghost"
            onClick={() => {
              setDraft(EMPTY_AUDIT_STATE);
              onApply(EMPTY_AUDIT_STATE);
            }}
          >
            Clear
          </Button>
        ) : null}
      </div>
    </form>
  );
}
