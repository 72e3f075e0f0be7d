/**
 * The overview's counts by state. Each state costs one small request (`status=X&limit=1`): a deployment that
 * sends `X-Total-Count` answers with the count in that header. An older one ignores the parameters and sends
 * every sandbox, so the count is taken from that answer instead, without asking again.
 */
import type { SandboxListParams } from '@/lib/client/query-keys';
import type { SandboxList } from '@/lib/client/sandbox-list';
import type { SandboxStatus } from '@/lib/contract/statuses';
import { DEFAULT_LIST_STATE, listHref } from '@/lib/list/filters';

/** The states the overview counts, in the order they are shown ("starting" passes too fast to be worth a tile). */
export const OVERVIEW_STATES = [
  'active',
  'paused',
  'pausing',
  'resuming',
  'failed',
] as const satisfies readonly SandboxStatus[];
export type OverviewState = (typeof OVERVIEW_STATES)[number];

/** The request for one state's count: as small as the API allows. */
export function stateCountParams(state: OverviewState): SandboxListParams {
  return { status: state, limit: 1 };
}

/**
 * One state's count from its answer: the header's total when sent, else the sandboxes of that state in the
 * answer (which, without the header, is every sandbox: the status filter was ignored too).
 */
export function countFromAnswer(state: OverviewState, answer: SandboxList): number {
  if (answer.total !== null) return answer.total;
  return answer.items.filter((item) => item.status === state).length;
}

/** The sum of the counts known so far; null while any is missing (the first-run guide waits for all). */
export function totalOfCounts(counts: ReadonlyArray<number | undefined>): number | null {
  let total = 0;
  for (const count of counts) {
    if (count === undefined) return null;
    total += count;
  }
  return total;
}

/** The sandbox list filtered by one state, through the list's own URL state. */
export function stateListHref(state: OverviewState): string {
  return listHref({ ...DEFAULT_LIST_STATE, status: state });
}
