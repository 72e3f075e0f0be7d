/** The emulator's own records (camelCase, epoch milliseconds), as opposed to the API's wire shapes. */

export const SANDBOX_STATES = ['starting', 'active', 'pausing', 'paused', 'resuming', 'failed'] as const;
export type SandboxState = (typeof SANDBOX_STATES)[number];

export type NetworkRules = { allow_out?: string[]; deny_out?: string[] };

export type SandboxRecord = {
  seq: number;
  id: string;
  name: string;
  status: SandboxState;
  templateId: string;
  /** The template build whose image the sandbox booted from; null for the curated base images. */
  buildId: string | null;
  vcpuCount: number;
  memoryMib: number;
  snapshotId: string | null;
  createdAt: number;
  timeoutSeconds: number | null;
  network: NetworkRules | null;
  metadata: Record<string, string>;
  accessToken: string;
};

export const TEMPLATE_STATES = ['pending', 'building', 'ready', 'failed'] as const;
export type TemplateState = (typeof TEMPLATE_STATES)[number];

export type BuildStep =
  | { run: string }
  | { env: { key: string; value: string } }
  | { workdir: string }
  | { user: { name: string; sudo?: boolean } };

export type BuildSpec = { from: string; steps?: BuildStep[]; start_cmd?: string; ready_cmd?: string };

export type TemplateRecord = {
  id: string;
  teamId: string;
  name: string;
  status: TemplateState;
  vcpu: number;
  memoryMib: number;
  diskMib: number;
  sizeBytes: number | null;
  errorMessage: string | null;
  buildSpec: BuildSpec | null;
  isSystem: boolean;
  createdAt: number;
  builtAt: number | null;
  latestBuildId: string | null;
  /** The last build that reached `ready`: new sandboxes boot from its image. */
  readyBuildId: string | null;
};

export const BUILD_STATES = ['pending', 'building', 'snapshotting', 'ready', 'failed', 'cancelled'] as const;
export type BuildState = (typeof BUILD_STATES)[number];
export const IN_FLIGHT_BUILD_STATES: readonly BuildState[] = ['pending', 'building', 'snapshotting'];

/** What a build leaves behind for the sandboxes that boot from it. */
export type ImageRuntime = { env: Record<string, string>; workdir: string | null; user: string | null };

export type BuildRecord = {
  id: string;
  templateId: string;
  status: BuildState;
  buildSpec: BuildSpec;
  buildSpecHash: string;
  runtime: ImageRuntime | null;
  errorMessage: string | null;
  createdAt: number;
  startedAt: number | null;
  finalizedAt: number | null;
};

export type BuildLogStream = 'stdout' | 'stderr' | 'system';

export type BuildLogRecord = {
  seq: number;
  timestamp: number;
  stream: BuildLogStream;
  text: string;
  finished: boolean;
  status: 'ready' | 'failed' | 'cancelled' | null;
};
