'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toast } from '@/components/ui/toast';
import { templateKeys } from '@/lib/client/query-keys';
import { cancelBuild, fetchBuilds, isBuildInFlight, useRebuildTemplate } from '@/lib/client/templates';
import { describeTemplateActionFailure, type ActionFailure } from '@/lib/templates/action-failure';

/** What the build actions need of a template; the list's rows and the template's page both have it. */
export type BuildTarget = { id: string; name: string; status: string; latest_build_id?: string | null };

/**
 * Which build to cancel: the template's latest build (the newer API and the embedded API name it), else the
 * first in-flight build of its history. Null when none is in flight any more (it finished meanwhile).
 */
async function inFlightBuildId(template: BuildTarget): Promise<string | null> {
  if (template.latest_build_id) return template.latest_build_id;
  const builds = await fetchBuilds(template.id);
  return builds.find((build) => isBuildInFlight(build.status))?.id ?? null;
}

/** Cancels whatever build of the template is in flight; the API answers 204 even if it has just finished. */
export function useCancelInFlightBuild() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (template: BuildTarget) => {
      const buildId = await inFlightBuildId(template);
      if (buildId !== null) await cancelBuild(template.id, buildId);
    },
    onSettled: () => client.invalidateQueries({ queryKey: templateKeys.all }),
  });
}

type RunOptions = {
  /** A row's menu has nowhere to show an error next to it: it reports through a toast instead. */
  onError?: (failure: ActionFailure) => void;
};

/**
 * Rebuild and cancel for one template, with the latest attempt's failure in words (a new attempt, or the other
 * action, clears it). The header shows `failure` next to its buttons; a row passes `onError`. Success is a toast:
 * the build itself goes on in the background, where its page follows it.
 */
export function useBuildActions(template: BuildTarget) {
  const rebuild = useRebuildTemplate();
  const cancel = useCancelInFlightBuild();
  let failure: ActionFailure | undefined;
  if (rebuild.error) failure = describeTemplateActionFailure('rebuild', rebuild.error);
  else if (cancel.error) failure = describeTemplateActionFailure('cancel', cancel.error);

  // Awaited rather than per-call callbacks: those never run once the row is gone (a status filter drops a row
  // the moment its build starts), and the outcome must still be told.
  async function settle(
    run: Promise<unknown>,
    action: 'rebuild' | 'cancel',
    onError: RunOptions['onError'],
    onSuccess: () => void,
  ) {
    try {
      await run;
    } catch (error) {
      onError?.(describeTemplateActionFailure(action, error, template.name));
      return;
    }
    onSuccess();
  }

  return {
    failure,
    rebuilding: rebuild.isPending,
    cancelling: cancel.isPending,
    busy: rebuild.isPending || cancel.isPending,
    rebuild: ({ onError }: RunOptions = {}) => {
      cancel.reset();
      void settle(rebuild.mutateAsync(template.id), 'rebuild', onError, () =>
        toast.success(`Rebuilding ${template.name}`, 'The build runs in the background.'),
      );
    },
    cancel: ({ onError }: RunOptions = {}) => {
      rebuild.reset();
      void settle(cancel.mutateAsync(template), 'cancel', onError, () =>
        toast.success(`Cancelled the build of ${template.name}`),
      );
    },
    reset: () => {
      rebuild.reset();
      cancel.reset();
    },
  };
}

export type BuildActions = ReturnType<typeof useBuildActions>;
