import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { BuildStatus, TemplateStatus } from '@/lib/contract/template';

type StatusLook = { label: string; tone: BadgeTone; pulse: boolean; hint: string };

/** Every template state. Typed against the contract's list, so a state added there fails to compile here. */
const TEMPLATE_LOOKS: Record<TemplateStatus, StatusLook> = {
  pending: { label: 'Pending', tone: 'info', pulse: true, hint: 'Waiting for its build to start' },
  building: { label: 'Building', tone: 'info', pulse: true, hint: 'Its image is being built' },
  ready: { label: 'Ready', tone: 'success', pulse: false, hint: 'Sandboxes can be launched from it' },
  failed: {
    label: 'Failed',
    tone: 'danger',
    pulse: false,
    hint: 'Its last build failed; rebuild it to retry',
  },
};

/** Every build state, in the order a build passes through them. Transitional states pulse. */
const BUILD_LOOKS: Record<BuildStatus, StatusLook> = {
  pending: { label: 'Pending', tone: 'info', pulse: true, hint: 'Queued, not started yet' },
  building: {
    label: 'Building',
    tone: 'info',
    pulse: true,
    hint: 'Pulling the base image and running the steps',
  },
  snapshotting: { label: 'Snapshotting', tone: 'info', pulse: true, hint: 'Saving the built image' },
  ready: { label: 'Ready', tone: 'success', pulse: false, hint: 'Built successfully' },
  failed: { label: 'Failed', tone: 'danger', pulse: false, hint: 'The build stopped with an error' },
  cancelled: { label: 'Cancelled', tone: 'neutral', pulse: false, hint: 'Stopped before it finished' },
};

/** A state this version doesn't know: the API's word as is, without implying good or bad. */
const unknownLook = (status: string): StatusLook => ({
  label: status || 'Unknown',
  tone: 'neutral',
  pulse: false,
  hint: 'A status this dashboard does not know',
});

function lookUp<K extends string>(looks: Record<K, StatusLook>, status: string): StatusLook {
  return Object.hasOwn(looks, status) ? looks[status as K] : unknownLook(status);
}

export const templateStatusLook = (status: string) => lookUp(TEMPLATE_LOOKS, status);
export const buildStatusLook = (status: string) => lookUp(BUILD_LOOKS, status);

function LookBadge({ look, className }: { look: StatusLook; className?: string }) {
  return (
    <Badge tone={look.tone} dot={look.pulse ? 'pulse' : true} title={look.hint} className={className}>
      {look.label}
    </Badge>
  );
}

export function TemplateStatusBadge({ status, className }: { status: string; className?: string }) {
  return <LookBadge look={templateStatusLook(status)} className={className} />;
}

export function BuildStatusBadge({ status, className }: { status: string; className?: string }) {
  return <LookBadge look={buildStatusLook(status)} className={className} />;
}
