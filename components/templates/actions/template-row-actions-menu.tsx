'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useCan } from '@/components/account/actor-context';
import { Menu, MenuContent, MenuItem, MenuSeparator, MenuTrigger } from '@/components/ui/menu';
import { RowMenuButton } from '@/components/ui/row-menu-button';
import { toast } from '@/components/ui/toast';
import { isSystemTemplate, launchHref, TEMPLATE_ACTION_WORDS } from '@/lib/templates/actions';
import { DeleteTemplateDialog } from './delete-template-dialog';
import { cloneTemplateHref, templateHref } from './template-links';
import { useBuildActions, type BuildTarget } from './use-build-actions';
import { useTemplateAccess } from './use-template-access';

/**
 * A template row's menu (Radix: arrows, typeahead, Escape, focus back on the trigger). Each action appears only
 * where the template's state and the person's role allow it (lib/templates/actions): a viewer's menu opens the
 * template and nothing else. A row has nowhere to show an error next to it, so a failure is a toast naming the
 * template. Loaded by TemplateRowActions the first time its button is pressed, and mounted open.
 */
export function TemplateRowActionsMenu({ template }: { template: BuildTarget }) {
  const router = useRouter();
  const actions = useBuildActions(template);
  const { access } = useTemplateAccess();
  const canClone = useCan('template.create') && !isSystemTemplate(template);
  const [deleting, setDeleting] = useState(false);
  const ready = (action: 'launch' | 'rebuild' | 'cancel' | 'delete') =>
    access(action, template).kind === 'ready';
  const onError = ({ title, detail }: { title: string; detail: string }) => toast.error(title, detail);

  return (
    <>
      <Menu defaultOpen>
        <MenuTrigger asChild>
          <RowMenuButton name={template.name} busy={actions.busy} />
        </MenuTrigger>
        <MenuContent>
          <MenuItem onSelect={() => router.push(templateHref(template))}>Open</MenuItem>
          {ready('launch') ? (
            <MenuItem onSelect={() => router.push(launchHref(template))}>
              {TEMPLATE_ACTION_WORDS.launch.label}
            </MenuItem>
          ) : null}
          {ready('rebuild') ? (
            <MenuItem disabled={actions.busy} onSelect={() => actions.rebuild({ onError })}>
              {TEMPLATE_ACTION_WORDS.rebuild.label}
            </MenuItem>
          ) : null}
          {ready('cancel') ? (
            <MenuItem disabled={actions.busy} onSelect={() => actions.cancel({ onError })}>
              {TEMPLATE_ACTION_WORDS.cancel.label}
            </MenuItem>
          ) : null}
          {canClone ? (
            <MenuItem onSelect={() => router.push(cloneTemplateHref(template))}>Clone</MenuItem>
          ) : null}
          {ready('delete') ? (
            <>
              <MenuSeparator />
              <MenuItem tone="danger" onSelect={() => setDeleting(true)}>
                {TEMPLATE_ACTION_WORDS.delete.label}…
              </MenuItem>
            </>
          ) : null}
        </MenuContent>
      </Menu>
      {/* Mounted only when asked for: a long list need not carry a dialog and a mutation per row. */}
      {deleting ? <DeleteTemplateDialog template={template} onClose={() => setDeleting(false)} /> : null}
    </>
  );
}
