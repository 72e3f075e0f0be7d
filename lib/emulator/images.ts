/**
 * The curated system templates, and what is installed in each image (so `python3 --version` in a sandbox from
 * superserve/python-3.11 says 3.11, and one from a team template built on node:22 has node 22).
 */
import type { ToolVersions } from './shell/types';
import type { BuildSpec, TemplateRecord } from './store/types';

/** Owner of the curated templates (visible to every team). */
export const SYSTEM_TEAM_ID = '00000000-0000-0000-0000-000000000000';
/** The one team of the embedded API. */
export const LOCAL_TEAM_ID = '6f1e2d3c-4b5a-4968-8776-655443322110';

const CURATED_AT = Date.UTC(2026, 0, 15, 12, 0);
const GIT = '2.43.0';
const BASE_TOOLS: ToolVersions = { python: '3.12.3', pip: '24.0', node: '22.11.0', npm: '10.9.0', git: GIT };

type Curated = { id: string; name: string; tools: ToolVersions };

export const CURATED_TEMPLATES: readonly Curated[] = [
  { id: '1b0c0a3e-5c1f-4a53-9d0e-7b2f3c4d5e01', name: 'superserve/base', tools: BASE_TOOLS },
  {
    id: '1b0c0a3e-5c1f-4a53-9d0e-7b2f3c4d5e02',
    name: 'superserve/python-3.11',
    tools: { python: '3.11.11', pip: '24.0', git: GIT },
  },
  {
    id: '1b0c0a3e-5c1f-4a53-9d0e-7b2f3c4d5e03',
    name: 'superserve/node-22',
    tools: { node: '22.11.0', npm: '10.9.0', python: '3.12.3', git: GIT },
  },
];

export function curatedTemplateRecords(): TemplateRecord[] {
  return CURATED_TEMPLATES.map(({ id, name }) => ({
    id,
    teamId: SYSTEM_TEAM_ID,
    name,
    status: 'ready',
    vcpu: 1,
    memoryMib: 1024,
    diskMib: 4096,
    sizeBytes: 1_288_490_189,
    errorMessage: null,
    buildSpec: null,
    isSystem: true,
    createdAt: CURATED_AT,
    builtAt: CURATED_AT,
    latestBuildId: null,
    readyBuildId: null,
  }));
}

/** Tools of a base image reference such as `python:3.11-slim`, `node:22` or `ubuntu:24.04`. */
export function toolsForImage(from: string): ToolVersions {
  const [image = '', tag = ''] = from.toLowerCase().split('@')[0]?.split(':') ?? [];
  const name = image.split('/').pop() ?? image;
  const version = /^\d+(\.\d+){0,2}/.exec(tag)?.[0];
  if (name === 'python') {
    const [major = '3', minor = '12', patch] = (version ?? '3.12').split('.');
    return { python: `${major}.${minor}.${patch ?? '9'}`, pip: '24.0', git: GIT };
  }
  if (name === 'node') {
    const [major = '22', minor, patch] = (version ?? '22').split('.');
    return { node: `${major}.${minor ?? '11'}.${patch ?? '0'}`, npm: '10.9.0', git: GIT };
  }
  return { ...BASE_TOOLS };
}

export function toolsForTemplate(
  template: Pick<TemplateRecord, 'name' | 'isSystem'>,
  spec: BuildSpec | null,
): ToolVersions {
  if (template.isSystem || !spec) {
    return CURATED_TEMPLATES.find((curated) => curated.name === template.name)?.tools ?? BASE_TOOLS;
  }
  return toolsForImage(spec.from);
}
