/** /templates and /templates/{id or name}[/builds[/{build_id}[/logs]]]. */
import type { Context } from 'hono';

import { BUILD_LIST_LIMIT, CreateTemplateRequestSchema } from '@/lib/contract';

import { streamBuildLog } from '../build-log-stream';
import { ApiError, badRequest, notFound, TEMPLATE_NOT_FOUND } from '../errors';
import { json, noContent } from '../http';
import { parseUuidParam } from '../ids';
import { parseJsonObject, readBodyText, validateBody } from '../request-body';
import type { TemplateRecord } from '../store/types';
import { cancelBuild, createTemplate, deleteTemplate, findBuild, rebuildTemplate } from '../templates';
import { buildResponse, createTemplateResponse, templateResponse } from '../views';
import type { RouteDeps } from './deps';
import type { TemplatePath } from './template-path';
import { ALLOWED_METHODS, templatePathCandidates } from './template-path';

const PREFIX = '/templates/';

function methodNotAllowed(allowed: readonly string[]): ApiError {
  return new ApiError(405, 'method_not_allowed', 'Method not allowed', { Allow: allowed.join(', ') });
}

export function registerTemplateRoutes({ app, core, runner }: RouteDeps): void {
  app.get('/templates', (c) => {
    const prefix = new URL(c.req.url).searchParams.get('name_prefix') ?? undefined;
    return json(core.templates.list(prefix || undefined).map(templateResponse));
  });

  app.post('/templates', async (c) => {
    const input = validateBody(CreateTemplateRequestSchema, parseJsonObject(await readBodyText(c.req.raw)), [
      'name',
      'vcpu',
      'memory_mib',
      'disk_mib',
      'build_spec',
    ]);
    const { template, build } = createTemplate(core, runner, input);
    return json(createTemplateResponse(template, build), 202);
  });

  /** Picks the first reading of the path whose template exists (a name may itself end in `/builds`). */
  const resolve = (rest: string): { path: TemplatePath; template: TemplateRecord } => {
    for (const path of templatePathCandidates(rest)) {
      const template = core.templates.get(path.ref.toLowerCase()) ?? core.templates.getByName(path.ref);
      if (template) return { path, template };
    }
    throw notFound(TEMPLATE_NOT_FOUND);
  };

  const dispatch = async (c: Context): Promise<Response> => {
    const rest = new URL(c.req.url).pathname.slice(PREFIX.length);
    const { path, template } = resolve(rest);
    const method = c.req.method;
    if (!ALLOWED_METHODS[path.kind].includes(method)) throw methodNotAllowed(ALLOWED_METHODS[path.kind]);
    if (path.kind === 'template') {
      if (method === 'GET') return json(templateResponse(template));
      deleteTemplate(core, template);
      return noContent();
    }
    if (path.kind === 'builds') {
      if (method === 'POST') {
        const { build, created } = rebuildTemplate(core, runner, template);
        return json(buildResponse(build), created ? 201 : 200);
      }
      return json(core.builds.list(template.id, buildListLimit(c)).map(buildResponse));
    }
    const build = findBuild(core, template, parseUuidParam('build_id', path.buildId));
    if (path.kind === 'logs') return streamBuildLog(core, build.id);
    if (method === 'GET') return json(buildResponse(build));
    cancelBuild(core, runner, build);
    return noContent();
  };

  app.all('/templates/*', dispatch);
}

function buildListLimit(c: Context): number {
  const raw = new URL(c.req.url).searchParams.get('limit');
  if (raw === null || raw === '') return BUILD_LIST_LIMIT.default;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < BUILD_LIST_LIMIT.min || value > BUILD_LIST_LIMIT.max) {
    throw badRequest(`limit must be an integer between ${BUILD_LIST_LIMIT.min} and ${BUILD_LIST_LIMIT.max}`);
  }
  return value;
}
