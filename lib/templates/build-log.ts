/**
 * The build log viewer's state: lines from `GET /templates/{id}/builds/{build_id}/logs` (SSE), merged across
 * reconnects so that no line shows twice and none is missed.
 *
 * The stream has no ids: connecting replays the whole history, then streams live. So the n-th event of a
 * connection is line n of the history, and a per-connection counter says which line each event is:
 * - an event at a line already shown, and equal to it (timestamp, stream, text), is the replay: skipped;
 * - an event past the end is new: appended;
 * - an event that differs from the line shown there means the server's history is not what we showed (it
 *   restarted, or rewrote the tail): the server is trusted, and the lines from there on are replaced by what it
 *   sends. `rewrites` counts it, so the viewer can say so;
 * - a connection whose FIRST event equals a later shown line started its replay there (a server that keeps only
 *   the last part of a long log): it is aligned to that line rather than taken as a new history. One whose first
 *   event matches nothing shown is a new history: the log starts over (`resets`).
 * A replay shorter than what is shown removes nothing by itself: a pause can't be told from the end of a
 * replay. Lines past it stay until the server sends something different at their place.
 *
 * Performance: a build can log tens of thousands of lines. `lines` is ONE array appended in place (O(1) per
 * event, no copying); `version` changes with every change, for rendering. So this is not a React reducer (which
 * must not mutate, and runs twice in Strict Mode): keep the state in a ref, apply a batch of events, then
 * re-render on `version` (e.g. once per animation frame).
 */
import type { BuildLogEvent } from '@/lib/contract';
import { parseBuildLogEvent } from '@/lib/contract/build-log-event';

/** One line of the log: the `index`-th event of the build's history (its line number is index + 1). */
export type BuildLogLine = {
  index: number;
  /** As the API sent it (RFC 3339), when it sent one. */
  timestamp: string | undefined;
  /** `stdout`, `stderr`, `system`, or whatever newer stream name the API sends. */
  stream: string;
  text: string;
};

export type BuildLogState = {
  /** The lines so far, in history order. Changed in place: re-read it when `version` changes. */
  lines: BuildLogLine[];
  /** Changes whenever `lines`, `finished` or `status` change. */
  version: number;
  /** True once the `finished:true` event is shown: the build is over and there is nothing to reconnect for. */
  finished: boolean;
  /** The build's final status from the last event (`ready`, `failed`, `cancelled`). */
  status: string | undefined;
  /** Times the server's replay disagreed with what was shown, and replaced it from that line on. */
  rewrites: number;
  /** Times a connection's history shared nothing with what was shown, and the log started over. */
  resets: number;
  connection: {
    /** 1 for the first connection, 2 after the first reconnect, …; 0 before any. */
    number: number;
    /** Events received on this connection. */
    received: number;
    /** The history line this connection's first event is; undefined until it arrives. */
    offset: number | undefined;
  };
};

/** What one event did: `duplicate` is a replayed line already shown. */
export type ApplyOutcome = 'appended' | 'duplicate' | 'replaced' | 'reset';

/** An empty log, before any connection. */
export function createBuildLog(): BuildLogState {
  return {
    lines: [],
    version: 0,
    finished: false,
    status: undefined,
    rewrites: 0,
    resets: 0,
    connection: { number: 0, received: 0, offset: undefined },
  };
}

/** Call when a (re)connection opens, before its first event: its events count from the start of history. */
export function startConnection(state: BuildLogState): void {
  state.connection = { number: state.connection.number + 1, received: 0, offset: undefined };
}

/** Whether the viewer should reconnect after the stream closed: until the final event is shown. */
export function shouldReconnect(state: BuildLogState): boolean {
  return !state.finished;
}

const sameLine = (line: BuildLogLine | undefined, event: BuildLogEvent) =>
  line !== undefined &&
  line.text === event.text &&
  line.stream === (event.stream ?? 'system') &&
  line.timestamp === (event.timestamp ?? undefined);

/** Merges one event of the current connection into the log (see the module comment for the rules). */
export function applyEvent(state: BuildLogState, event: BuildLogEvent): ApplyOutcome {
  const { lines, connection } = state;
  let outcome: ApplyOutcome | undefined;
  if (connection.offset === undefined) {
    connection.offset = lines.length === 0 || sameLine(lines[0], event) ? 0 : align(lines, event);
    if (connection.offset === -1) {
      connection.offset = 0;
      lines.length = 0;
      state.finished = false;
      state.status = undefined;
      state.resets++;
      outcome = 'reset';
    }
  }
  const index = connection.offset + connection.received;
  connection.received++;

  if (index < lines.length) {
    if (sameLine(lines[index], event)) {
      if (event.finished) finish(state, event);
      return 'duplicate';
    }
    lines.length = index; // the server's history differs from here on: it wins
    state.finished = false;
    state.status = undefined;
    state.rewrites++;
    outcome = 'replaced';
  }
  lines.push({
    index,
    timestamp: event.timestamp ?? undefined,
    stream: event.stream ?? 'system',
    text: event.text,
  });
  if (event.finished) finish(state, event);
  state.version++;
  return outcome ?? 'appended';
}

/** Merges a batch of events of the current connection; returns how many changed the log. */
export function applyEvents(state: BuildLogState, events: Iterable<BuildLogEvent>): number {
  let changed = 0;
  for (const event of events) if (applyEvent(state, event) !== 'duplicate') changed++;
  return changed;
}

/** The shown line a connection's first event matches (its replay starts there), or -1 for none. */
function align(lines: BuildLogLine[], event: BuildLogEvent): number {
  return lines.findIndex((line) => sameLine(line, event));
}

function finish(state: BuildLogState, event: BuildLogEvent): void {
  const status = event.status ?? undefined;
  if (state.finished && state.status === status) return;
  state.finished = true;
  state.status = status;
  state.version++;
}

/**
 * One SSE `data:` payload as an event. A payload that isn't a log event still takes its place in the history
 * (the count must stay right), shown as a `system` line with the raw text.
 */
export function parseBuildLogData(data: string): BuildLogEvent {
  try {
    const parsed = parseBuildLogEvent(JSON.parse(data));
    if (parsed) return parsed;
  } catch {
    // Not JSON: shown as it came.
  }
  return { stream: 'system', text: data };
}
