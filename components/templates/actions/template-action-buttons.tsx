'use client';

import Link from 'next/link';
import { useState } from 'react';
import { ActionError } from '@/components/sandboxes/action-error';
import { Button, buttonClasses } from '@/components/ui/button';
import { PlayIcon, RefreshIcon, TrashIcon, XIcon } from '@/components/ui/icons';
import { launchHref, TEMPLATE_ACTION_WORDS, type TemplateAction } from '@/lib/templates/actions';
import { LazyDeleteTemplateDialog, preloadDeleteTemplateDialog } from './lazy-delete-template-dialog';
import { useBuildActions, type BuildTarget } from './use-build-actions';
import { useTemplateAccess } from './use-template-access';

type TemplateActionButtonsProps = {
  template: BuildTarget;
  /** After a delete from here went through, e.g. the template's page leaves for the list. */
  onDeleted?: () => void;
  className?: string;
};

/**
 * A template's actions as buttons, for a page header: launch a sandbox, rebuild, cancel the build in flight,
 * delete — each only where the state and the role allow it (lib/templates/actions). A failed rebuild or cancel
 * is explained right under the buttons; the delete explains its own refusals in its dialog.
 */
export function TemplateActionButtons({ template, onDeleted, className }: TemplateActionButtonsProps) {
  const actions = useBuildActions(template);
  const { access } = useTemplateAccess();
  const [deleting, setDeleting] = useState(false);
  const ready = (action: TemplateAction) => access(action, template).kind === 'ready';
  const words = TEMPLATE_ACTION_WORDS;

  return (
    <div className={className}>
      <div className="flex flex-wrap items-center justify-end gap-2">
        {ready('cancel') ? (
          <Button variant="secondary" loading={actions.cancelling} onClick={() => actions.cancel()}>
            {actions.cancelling ? null : <XIcon />}
            {actions.cancelling ? words.cancel.busy : words.cancel.label}
          </Button>
        ) : null}
        {ready('rebuild') ? (
          <Button
            variant="secondary"
            loading={actions.rebuilding}
            disabled={actions.busy}
            onClick={() => actions.rebuild()}
          >
            {actions.rebuilding ? null : <RefreshIcon />}
            {actions.rebuilding ? words.rebuild.busy : words.rebuild.label}
          </Button>
        ) : null}
        {ready('delete') ? (
          <Button
            variant="secondary"
            className="text-danger-text"
            onClick={() => setDeleting(true)}
            onPointerEnter={preloadDeleteTemplateDialog}
            onFocus={preloadDeleteTemplateDialog}
          >
            <TrashIcon />
            {words.delete.label}
          </Button>
        ) : null}
        {ready('launch') ? (
          <Link href={launchHref(template)} className={buttonClasses()}>
            <PlayIcon />
            {words.launch.label}
          </Link>
        ) : null}
      </div>
      {/* Always rendered: the alert region exists before its message, so the message is announced. */}
      <ActionError error={actions.failure} className="mt-2 max-w-lg" />
      <LazyDeleteTemplateDialog
        template={deleting ? template : null}
        onClose={() => setDeleting(false)}
        onDeleted={onDeleted}
      />
    </div>
  );
}
