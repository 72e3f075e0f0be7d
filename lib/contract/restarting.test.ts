import { describe, expect, it } from 'vitest';

import { parseBuildLogEvent } from './build-log-event';
import { ExecStreamEventSchema } from './exec';
import { isRestartingEvent, RESTARTING_MESSAGE, restartingFrame } from './restarting';
import { createSseParser } from './sse';

function parse(text: string): unknown[] {
  const events: unknown[] = [];
  const parser = createSseParser((data) => events.push(JSON.parse(data)));
  parser.push(text);
  parser.end();
  return events;
}

describe('the restarting event', () => {
  it('is one named SSE event whose data our reader recognises', () => {
    const frame = restartingFrame();
    expect(frame).toMatch(/^event: restarting\ndata: \{.*\}\n\n$/);
    const events = parse(`data: {"stdout":"a"}\n\n${frame}`);
    expect(events).toHaveLength(2);
    expect(isRestartingEvent(events[0])).toBe(false);
    expect(isRestartingEvent(events[1])).toBe(true);
    expect(events[1]).toEqual({ code: 'server_restarting', message: RESTARTING_MESSAGE });
  });

  it('is not mistaken for an API event, nor an API event for it', () => {
    for (const data of [
      { code: 'exec_failed', error: 'boom', finished: true },
      { exit_code: 0, finished: true },
      { stream: 'system', text: 'server_restarting' },
      { code: 'server_restarting' }, // no message: not ours
      'server_restarting',
      null,
    ]) {
      expect(isRestartingEvent(data)).toBe(false);
    }
    // An older page that doesn't know it reads an exec event that finishes nothing (ignored) …
    const asExec = ExecStreamEventSchema.parse(parse(restartingFrame())[0]);
    expect(asExec.finished).toBeUndefined();
    // … and the build-log reader must not count it as a log line: it is filtered before (see build-log-stream).
    expect(parseBuildLogEvent(parse(restartingFrame())[0])).not.toBeNull();
  });
});
