/**
 * What the embedded API seeds into a fresh data folder (see the header of lib/emulator/seed.ts), newest first.
 * Specs may rely on these existing; they must not change or delete them (other specs share the server).
 */
export const SEEDED_SANDBOXES = [
  { id: '5eed0000-0000-4000-8000-000000000001', name: 'agent-run-7f3c', status: 'Active' },
  { id: '5eed0000-0000-4000-8000-000000000002', name: 'pr-preview-1421', status: 'Active' },
  { id: '5eed0000-0000-4000-8000-000000000003', name: 'data-pipeline-staging', status: 'Active' },
  { id: '5eed0000-0000-4000-8000-000000000004', name: 'ci-runner-0088', status: 'Failed' },
  { id: '5eed0000-0000-4000-8000-000000000005', name: 'eval-harness-nightly', status: 'Paused' },
  { id: '5eed0000-0000-4000-8000-000000000006', name: 'scratchpad', status: 'Paused' },
] as const;

export const SEEDED_SANDBOX_NAMES = SEEDED_SANDBOXES.map((sandbox) => sandbox.name);
