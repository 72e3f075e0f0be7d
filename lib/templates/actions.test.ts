import { describe, expect, it } from 'vitest';

import { TEMPLATE_STATUSES } from '@/lib/contract/template';

import {
  availableTemplateActions,
  isSystemTemplate,
  launchHref,
  TEMPLATE_ACTIONS,
  templateActionAccess,
} from './actions';

const team = (status: string) => ({ name: 'my-env', status });
const system = (status: string) => ({ name: 'superserve/base', status });

describe('template actions', () => {
  it('offers each action only in the states the API accepts it from (operator)', () => {
    const offered = Object.fromEntries(
      [...TEMPLATE_STATUSES, 'mystery'].map((status) => [
        status,
        availableTemplateActions('operator', team(status)),
      ]),
    );
    expect(offered).toEqual({
      pending: ['cancel'],
      building: ['cancel'],
      ready: ['launch', 'rebuild', 'delete'],
      failed: ['rebuild', 'delete'],
      mystery: [],
    });
  });

  it('never offers to change a system template, only to launch it', () => {
    for (const status of [...TEMPLATE_STATUSES, 'mystery']) {
      const actions = availableTemplateActions('admin', system(status));
      expect(actions).toEqual(status === 'ready' ? ['launch'] : []);
    }
    expect(isSystemTemplate({ name: 'superserve/python-3.11' })).toBe(true);
    expect(isSystemTemplate({ name: 'superserve-ish' })).toBe(false);
  });

  it('tells a viewer why, in the permission table’s words, and only where the state would allow it', () => {
    expect(templateActionAccess('viewer', 'rebuild', team('ready'))).toEqual({
      kind: 'forbidden',
      reason: "Viewers can't build templates. Ask an admin for the operator role.",
    });
    expect(templateActionAccess('viewer', 'delete', system('ready'))).toEqual({ kind: 'unavailable' });
    expect(templateActionAccess('viewer', 'cancel', team('ready'))).toEqual({ kind: 'unavailable' });
    expect(availableTemplateActions('viewer', team('ready'))).toEqual([]);
  });

  it('gives an unknown role nothing', () => {
    for (const action of TEMPLATE_ACTIONS) {
      expect(templateActionAccess('owner', action, team('ready')).kind).not.toBe('ready');
    }
  });

  it('launches into the sandbox form with the template chosen', () => {
    expect(launchHref({ name: 'superserve/node-22' })).toBe('/sandboxes/new?template=superserve%2Fnode-22');
  });
});
