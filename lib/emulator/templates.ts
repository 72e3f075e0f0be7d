/** Templates and builds: create (queues the first build), rebuild, cancel, delete — with the API's limits. */
import { createHash } from 'node:crypto';

import type { CreateTemplateRequest } from '@/lib/contract';
import { MAX_BUILDS_IN_FLIGHT, MAX_TEMPLATES_PER_TEAM } from '@/lib/contract';
import { isUuid } from '@/lib/contract/ids';

import { appendBuildLog } from './builds/log';
import type { BuildRunner } from './builds/runner';
import type { Core } from './core';
import { inTransaction } from './core';
import { ApiError, BUILD_NOT_FOUND, conflict, notFound, TEMPLATE_NOT_FOUND } from './errors';
import { newId } from './ids';
import { LOCAL_TEAM_ID } from './images';
import type { BuildRecord, BuildSpec, BuildStep, TemplateRecord } from './store/types';
import { IN_FLIGHT_BUILD_STATES } from './store/types';

/** By UUID, or by exact name (the team's own wins over a system one). Names may contain slashes. */
export function findTemplate(core: Core, ref: string): TemplateRecord {
  const template = isUuid(ref) ? core.templates.get(ref.toLowerCase()) : core.templates.getByName(ref);
  if (!template) throw notFound(TEMPLATE_NOT_FOUND);
  return template;
}

export function findBuild(core: Core, template: TemplateRecord, buildId: string): BuildRecord {
  const build = core.builds.get(template.id, buildId);
  if (!build) throw notFound(BUILD_NOT_FOUND);
  return build;
}

/** The contract types a step as an object of optional kinds; the emulator keeps exactly the one that is set. */
function toBuildSpec(spec: CreateTemplateRequest['build_spec']): BuildSpec {
  const { steps, ...rest } = spec;
  if (!steps) return rest;
  const normalized = steps.map((step): BuildStep => {
    if (step.run !== undefined) return { run: step.run };
    if (step.env !== undefined) return { env: step.env };
    if (step.workdir !== undefined) return { workdir: step.workdir };
    return { user: step.user ?? { name: 'root' } };
  });
  return { ...rest, steps: normalized };
}

export const specHash = (spec: BuildSpec): string =>
  createHash('sha256').update(JSON.stringify(spec)).digest('hex');

function assertBuildCapacity(core: Core): void {
  if (core.builds.countInFlight() >= MAX_BUILDS_IN_FLIGHT) {
    throw new ApiError(
      429,
      'too_many_builds',
      `The team already has ${MAX_BUILDS_IN_FLIGHT} builds in progress; wait for one to finish`,
    );
  }
}

/** Inserts a pending build for `template` and points the template at it (caller holds the transaction). */
function queueBuild(core: Core, template: TemplateRecord, spec: BuildSpec): BuildRecord {
  const build: BuildRecord = {
    id: newId(),
    templateId: template.id,
    status: 'pending',
    buildSpec: spec,
    buildSpecHash: specHash(spec),
    runtime: null,
    errorMessage: null,
    createdAt: core.now(),
    startedAt: null,
    finalizedAt: null,
  };
  core.builds.insert(build);
  core.templates.update(template.id, { status: 'building', latestBuildId: build.id, errorMessage: null });
  appendBuildLog(core, build.id, 'system', `Build ${build.id} queued`);
  return build;
}

export function createTemplate(
  core: Core,
  runner: BuildRunner,
  input: CreateTemplateRequest,
): { template: TemplateRecord; build: BuildRecord } {
  const created = inTransaction(core, () => {
    if (core.templates.getByName(input.name)?.isSystem === false) {
      throw conflict(`A template named "${input.name}" already exists`);
    }
    if (core.templates.countTeamTemplates() >= MAX_TEMPLATES_PER_TEAM) {
      throw new ApiError(
        429,
        'too_many_templates',
        `The team has reached its limit of ${MAX_TEMPLATES_PER_TEAM} templates; delete one to create another`,
      );
    }
    assertBuildCapacity(core);
    const spec = toBuildSpec(input.build_spec);
    const template: TemplateRecord = {
      id: newId(),
      teamId: LOCAL_TEAM_ID,
      name: input.name,
      status: 'building',
      vcpu: input.vcpu,
      memoryMib: input.memory_mib,
      diskMib: input.disk_mib,
      sizeBytes: null,
      errorMessage: null,
      buildSpec: spec,
      isSystem: false,
      createdAt: core.now(),
      builtAt: null,
      latestBuildId: null,
      readyBuildId: null,
    };
    core.templates.insert(template);
    const build = queueBuild(core, template, spec);
    return { template: core.templates.get(template.id) as TemplateRecord, build };
  });
  runner.start(created.build.id);
  return created;
}

/** `POST /templates/{id}/builds`: the build in flight (created false) or a new one (created true). */
export function rebuildTemplate(
  core: Core,
  runner: BuildRunner,
  template: TemplateRecord,
): { build: BuildRecord; created: boolean } {
  if (template.isSystem || !template.buildSpec) {
    throw conflict('System templates are built by Superserve and cannot be rebuilt');
  }
  const spec = template.buildSpec;
  const result = inTransaction(core, () => {
    const inFlight = core.builds.inFlightFor(template.id);
    if (inFlight && inFlight.buildSpecHash === specHash(spec)) return { build: inFlight, created: false };
    assertBuildCapacity(core);
    return { build: queueBuild(core, template, spec), created: true };
  });
  if (result.created) runner.start(result.build.id);
  return result;
}

export function cancelBuild(core: Core, runner: BuildRunner, build: BuildRecord): void {
  if (IN_FLIGHT_BUILD_STATES.includes(build.status)) runner.cancel(build.id);
}

export function deleteTemplate(core: Core, template: TemplateRecord): void {
  if (template.isSystem) throw conflict('System templates cannot be deleted');
  inTransaction(core, () => {
    if (core.builds.inFlightFor(template.id)) {
      throw conflict('template has a build in progress; cancel the build before deleting the template');
    }
    const users = core.sandboxes.countByTemplate(template.id);
    if (users > 0) {
      throw conflict(
        `template has ${users} sandbox(es) (active or paused) still referencing it; delete them first`,
      );
    }
    core.templates.delete(template.id);
  });
}
