import { describe, expect, it } from 'vitest';
import type { SandboxListItem } from '@/lib/contract';
import { countTemplateUsage } from './usage';

const PY = { id: '7e3a0000-0000-4000-8000-000000000001', name: 'acme/python-env' };
const BASE = { id: '00000000-0000-4000-8000-00000000ba5e', name: 'superserve/base' };

describe('countTemplateUsage', () => {
  it('counts sandboxes that name a template by id, by name, or both ways', () => {
    const usage = countTemplateUsage([
      { template_id: PY.id },
      { template_id: PY.id },
      { from_template: PY.name },
      { template: BASE.name },
      { template_name: BASE.name, template_id: BASE.id }, // one sandbox, one count (the name is read first)
    ]);
    expect(usage.count(PY)).toBe(3);
    expect(usage.count(BASE)).toBe(2);
    expect(usage.count({ id: 'ffff0000-0000-4000-8000-000000000009', name: 'unused' })).toBe(0);
    expect(usage.known).toBe(true);
    expect(usage.unattributed).toBe(0);
  });

  it('keeps references to templates the list lacks (deleted ones), per reference', () => {
    const usage = countTemplateUsage([
      { template_id: 'gone-id' },
      { template_id: 'gone-id' },
      { template: 'x' },
    ]);
    expect(Object.fromEntries(usage.byRef)).toEqual({ 'gone-id': 2, x: 1 });
  });

  it('does not count a sandbox twice for a template whose id is its name', () => {
    const usage = countTemplateUsage([{ template: 'same' }]);
    expect(usage.count({ id: 'same', name: 'same' })).toBe(1);
  });

  it('counts sandboxes that name no template apart, and knows when no sandbox says', () => {
    const silent = countTemplateUsage([{}, { template_id: null }, { template: '' }]);
    expect(silent).toMatchObject({ known: false, unattributed: 3 });
    expect(silent.count(PY)).toBe(0);
    const mixed = countTemplateUsage([{}, { template_id: PY.id }]);
    expect(mixed).toMatchObject({ known: true, unattributed: 1 });
  });

  it('knows that no sandboxes means no use', () => {
    const usage = countTemplateUsage([]);
    expect(usage).toMatchObject({ known: true, unattributed: 0 });
    expect(usage.count(PY)).toBe(0);
  });

  it('takes the list items the API returns', () => {
    const item: SandboxListItem = {
      id: 's1',
      name: 'one',
      status: 'active',
      created_at: '2026-05-01T10:00:00Z',
      metadata: {},
      template_id: PY.id,
    };
    expect(countTemplateUsage([item]).count(PY)).toBe(1);
  });
});
