import { describe, expect, it } from 'vitest';
import { CREATE, PAGES, allowedDestinations, sandboxIdInPath } from './destinations';
import { sandboxCommands } from './sandbox-commands';
import { resultsAnnouncement } from './announce';

const labels = (list: { label: string }[]) => list.map((entry) => entry.label);

describe('destinations by role', () => {
  it('offers a viewer only what a viewer may open', () => {
    expect(labels(allowedDestinations(PAGES, 'viewer'))).toEqual([
      'Overview',
      'Sandboxes',
      'Templates',
      'Account',
    ]);
    expect(allowedDestinations(CREATE, 'viewer')).toEqual([]);
  });

  it('offers an operator creation, and an admin the audit log and users', () => {
    expect(labels(allowedDestinations(CREATE, 'operator'))).toEqual(['New sandbox', 'New template']);
    expect(labels(allowedDestinations(PAGES, 'operator'))).not.toContain('Users');
    expect(labels(allowedDestinations(PAGES, 'admin'))).toEqual([
      'Overview',
      'Sandboxes',
      'Templates',
      'Audit log',
      'Users',
      'Account',
    ]);
  });

  it('finds the sandbox of a sandbox page, and nothing elsewhere', () => {
    const id = '3f2a9c1e-1234-4abc-8def-0123456789ab';
    expect(sandboxIdInPath(`/sandboxes/${id}`)).toBe(id);
    expect(sandboxIdInPath(`/sandboxes/${id}/`)).toBe(id);
    expect(sandboxIdInPath('/sandboxes/new')).toBeUndefined();
    expect(sandboxIdInPath('/sandboxes')).toBeUndefined();
    expect(sandboxIdInPath(`/templates/${id}`)).toBeUndefined();
  });
});

describe('sandboxCommands', () => {
  const commands = (role: string, status: string) =>
    sandboxCommands(role, { name: 'web', status }).map((item) => item.command);

  it('offers only what the state allows, by the one table of actions', () => {
    expect(commands('operator', 'active')).toEqual(['pause', 'delete', 'console', 'copy-id']);
    expect(commands('operator', 'paused')).toEqual(['resume', 'delete', 'console', 'copy-id']);
    expect(commands('operator', 'pausing')).toEqual(['delete', 'copy-id']);
    expect(commands('operator', 'failed')).toEqual(['delete', 'copy-id']);
  });

  it('offers a viewer nothing that changes the sandbox', () => {
    expect(commands('viewer', 'active')).toEqual(['copy-id']);
    expect(commands('nobody', 'paused')).toEqual(['copy-id']);
  });

  it('names the sandbox in its lifecycle actions', () => {
    expect(sandboxCommands('admin', { name: 'web', status: 'active' })[0]?.label).toBe('Pause web');
  });
});

describe('resultsAnnouncement', () => {
  it('says how many results, and any search in flight or failed', () => {
    expect(resultsAnnouncement(1, [], 'w')).toBe('1 result.');
    expect(resultsAnnouncement(4, ['Searching sandboxes…'], 'w')).toBe('4 results. Searching sandboxes…');
    expect(resultsAnnouncement(0, [], 'zzz')).toBe('No results.');
    expect(resultsAnnouncement(0, [], '')).toBe('');
  });
});
