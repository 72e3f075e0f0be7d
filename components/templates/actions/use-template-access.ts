'use client';

import { useCallback } from 'react';
import { useActor } from '@/components/account/actor-context';
import {
  availableTemplateActions,
  templateActionAccess,
  type TemplateAction,
  type TemplateActionAccess,
  type TemplateFacts,
} from '@/lib/templates/actions';

/**
 * What the signed-in person may do to a template now: the template's state and their role, combined by
 * lib/templates/actions. Only for what to show; the proxy refuses on its own whatever this hides.
 */
export function useTemplateAccess() {
  const role = useActor()?.role;
  const access = useCallback(
    (action: TemplateAction, template: TemplateFacts): TemplateActionAccess =>
      templateActionAccess(role, action, template),
    [role],
  );
  const available = useCallback(
    (template: TemplateFacts): TemplateAction[] => availableTemplateActions(role, template),
    [role],
  );
  return { role, access, available };
}
