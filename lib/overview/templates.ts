/** Templates that need a look: those building (or queued to) and those whose last build failed. */
import type { TemplateResponse } from '@/lib/contract';
import { isBuilding } from '@/lib/templates/actions';

type WithStatus = Pick<TemplateResponse, 'status'>;

/** Failed first (they need someone), then building; the API's newest-first order within each. */
export function templatesNeedingAttention<T extends WithStatus>(templates: readonly T[]): T[] {
  const failed = templates.filter((template) => template.status === 'failed');
  const building = templates.filter((template) => isBuilding(template.status));
  return [...failed, ...building];
}
