import { describe, expect, it } from 'vitest';
import type { SandboxListItem } from '@/lib/contract';
import { sandboxRowView } from './row-view';

const sandbox = (overrides: Partial<SandboxListItem> = {}): SandboxListItem => ({
  id: '5eed0000-0000-4000-8000-000000000001',
  name: 'agent-run',
  status: 'active',
  vcpu_count: 2,
  memory_mib: 1536,
  created_at: '2026-01-01T00:00:00Z',
  metadata: { env: 'prod', team: 'ml', owner: 'agent-7' },
  network: { allow_out: ['api.openai.com', '*.github.com'], deny_out: ['0.0.0.0/0'] },
  ...overrides,
});

describe('sandboxRowView', () => {
  it('says what the row shows: short id, resources, chips that fit, egress summary in unbreakable parts', () => {
    expect(sandboxRowView(sandbox())).toEqual({
      shortId: '5eed…0001',
      resources: '2 vCPU · 1.5 GiB',
      chips: {
        visible: [
          { key: 'env', value: 'prod' },
          { key: 'team', value: 'ml' },
        ],
        hidden: [{ key: 'owner', value: 'agent-7' }],
      },
      network: {
        label: '2 allowed · 1 blocked',
        detail: 'Allowed: api.openai.com, *.github.com\nBlocked: 0.0.0.0/0',
        open: false,
        parts: ['2 allowed', '1 blocked'],
      },
    });
  });

  it('reads missing values as the cells always have', () => {
    const view = sandboxRowView(
      sandbox({ vcpu_count: null, memory_mib: undefined, metadata: {}, network: null }),
    );
    expect(view.resources).toBe('— · —');
    expect(view.chips).toEqual({ visible: [], hidden: [] });
    expect(view.network).toMatchObject({ label: 'No rules', open: true, parts: ['No rules'] });
  });

  it('is worked out once per sandbox object, and afresh for a new object (a refresh)', () => {
    const first = sandbox();
    expect(sandboxRowView(first)).toBe(sandboxRowView(first));
    const refreshed = sandbox({ memory_mib: 4096 });
    expect(sandboxRowView(refreshed)).not.toBe(sandboxRowView(first));
    expect(sandboxRowView(refreshed).resources).toBe('2 vCPU · 4 GiB');
  });
});
