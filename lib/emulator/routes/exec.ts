/** /sandboxes/{id}/exec (whole result) and /exec/stream (SSE, output as it happens). */
import { ExecRequestSchema, type ExecResult, type ExecStreamEvent } from '@/lib/contract';

import { execInSandbox } from '../exec';
import { json } from '../http';
import { parseUuidParam, toRfc3339 } from '../ids';
import { readyForExec } from '../lifecycle';
import { parseJsonObject, readBodyText, validateBody } from '../request-body';
import { sseResponse } from '../sse';
import type { KnownFields } from '../views';
import type { RouteDeps } from './deps';

export function registerExecRoutes({ app, core }: RouteDeps): void {
  const prepare = async (id: string, body: string) => {
    const sandboxId = parseUuidParam('sandbox_id', id);
    const input = validateBody(ExecRequestSchema, parseJsonObject(body));
    return { input, sandbox: await readyForExec(core, sandboxId) };
  };

  app.post('/sandboxes/:id/exec', async (c) => {
    const { input, sandbox } = await prepare(c.req.param('id'), await readBodyText(c.req.raw));
    let stdout = '';
    let stderr = '';
    const sink = {
      stdout: (text: string) => void (stdout += text),
      stderr: (text: string) => void (stderr += text),
    };
    const exitCode = await execInSandbox(core, sandbox, input, sink, c.req.raw.signal);
    return json({ stdout, stderr, exit_code: exitCode } satisfies KnownFields<ExecResult>);
  });

  app.post('/sandboxes/:id/exec/stream', async (c) => {
    const { input, sandbox } = await prepare(c.req.param('id'), await readBodyText(c.req.raw));
    const clientGone = c.req.raw.signal;
    return sseResponse(async (sendAny, cancelled) => {
      const send = (event: KnownFields<ExecStreamEvent>) => sendAny(event);
      const timestamp = () => toRfc3339(core.now());
      const sink = {
        stdout: (text: string) => send({ stdout: text, timestamp: timestamp() }),
        stderr: (text: string) => send({ stderr: text, timestamp: timestamp() }),
      };
      try {
        const exitCode = await execInSandbox(
          core,
          sandbox,
          input,
          sink,
          AbortSignal.any([cancelled, clientGone]),
        );
        send({ exit_code: exitCode, finished: true, timestamp: timestamp() });
      } catch (error) {
        if (cancelled.aborted || clientGone.aborted) return;
        console.error('[emulator] exec failed', error);
        send({ code: 'exec_failed', error: 'The command could not be run in the sandbox', finished: true });
      }
    });
  });
}
