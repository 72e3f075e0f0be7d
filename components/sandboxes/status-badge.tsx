import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { SandboxStatus } from '@/lib/contract';

type StatusLook = { label: string; tone: BadgeTone; pulse: boolean; hint: string };

/**
 * Every state the API reports. Typed against the contract's list, so a state added there fails to compile here
 * until it has a look. Transitional states pulse.
 */
const STATUS_LOOKS: Record<SandboxStatus, StatusLook> = {
  starting: { label: 'Starting', tone: 'info', pulse: true, hint: 'The microVM is booting' },
  active: { label: 'Active', tone: 'success', pulse: false, hint: 'Running and ready for commands' },
  pausing: { label: 'Pausing', tone: 'warning', pulse: true, hint: 'Saving a snapshot of memory and disk' },
  paused: { label: 'Paused', tone: 'warning', pulse: false, hint: 'Snapshotted; resume it to run commands' },
  resuming: { label: 'Resuming', tone: 'info', pulse: true, hint: 'Restoring from its snapshot' },
  failed: { label: 'Failed', tone: 'danger', pulse: false, hint: 'The microVM stopped unexpectedly' },
};

export function statusLook(status: string): StatusLook {
  if (Object.hasOwn(STATUS_LOOKS, status)) return STATUS_LOOKS[status as SandboxStatus];
  // A state this version doesn't know yet: show the API's word as is, without implying good or bad.
  return {
    label: status || 'Unknown',
    tone: 'neutral',
    pulse: false,
    hint: 'A status this dashboard does not know',
  };
}

export function StatusBadge({ status, className }: { status: string; className?: string }) {
  const look = statusLook(status);
  return (
    <Badge tone={look.tone} dot={look.pulse ? 'pulse' : true} title={look.hint} className={className}>
      {look.label}
    </Badge>
  );
}
