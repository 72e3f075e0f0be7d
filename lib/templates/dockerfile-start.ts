/**
 * CMD, ENTRYPOINT and HEALTHCHECK become suggestions for the template's `start_cmd` and `ready_cmd`.
 *
 * A container's process is ENTRYPOINT + CMD; a template's `start_cmd` is the process that runs after the steps
 * and is captured running in the snapshot, so sandboxes come up with it live: the same idea. `ready_cmd` is
 * polled until it exits 0, as a health check is. As in Docker, only the last of each instruction counts; the
 * earlier ones are listed as replaced.
 */
import type { DockerfileImport, Mark } from './dockerfile';
import type { DockerInstruction } from './dockerfile-lex';
import { parseJsonArray } from './dockerfile-lex';
import { HEALTHCHECK_NONE_REASON, NO_COMMAND_REASON, replacedReason } from './dockerfile-reasons';
import { stripFlags } from './dockerfile-steps';
import { shellJoin } from './dockerfile-words';

/** A CMD, ENTRYPOINT or HEALTHCHECK of the imported stage, with its exec-form arguments if it has them. */
export type CommandInstruction = { instruction: DockerInstruction; exec: string[] | undefined };

type Skip = (instruction: DockerInstruction, reason: string) => void;

const START_NOTE =
  'Suggested as the start command (start_cmd): it runs after the steps, and sandboxes start with it running.';
const READY_NOTE =
  'Suggested as the readiness check (ready_cmd): it is polled every 2 s after the start command until it exits 0.';

export function importStartCommands(
  commands: readonly CommandInstruction[],
  result: DockerfileImport,
  mark: Mark,
  skip: Skip,
): void {
  const last = (keyword: string) => {
    const all = commands.filter(({ instruction }) => instruction.keyword === keyword);
    const final = all.at(-1);
    for (const { instruction } of all.slice(0, -1)) {
      skip(instruction, replacedReason(keyword, (final as CommandInstruction).instruction.line));
    }
    return final;
  };
  startCommand(last('ENTRYPOINT'), last('CMD'), result, mark, skip);
  const health = last('HEALTHCHECK');
  if (health) readyCommand(health.instruction, result, mark, skip);
}

/** Shell form runs as written; exec form is shell-quoted. */
const commandOf = ({ instruction, exec }: CommandInstruction) =>
  exec ? shellJoin(exec) : instruction.shellArgs;

function startCommand(
  entrypoint: CommandInstruction | undefined,
  cmd: CommandInstruction | undefined,
  result: DockerfileImport,
  mark: Mark,
  skip: Skip,
): void {
  let command: string;
  const used: CommandInstruction[] = [];
  if (entrypoint && !entrypoint.exec) {
    // A shell-form ENTRYPOINT runs on its own: Docker ignores CMD then.
    command = commandOf(entrypoint);
    used.push(entrypoint);
    if (cmd) skip(cmd.instruction, 'a shell-form ENTRYPOINT ignores CMD, as Docker does');
  } else if (entrypoint?.exec) {
    // An exec-form ENTRYPOINT takes CMD as its arguments (a shell-form CMD as `/bin/sh -c "…"`).
    const args = cmd ? (cmd.exec ?? ['/bin/sh', '-c', cmd.instruction.shellArgs]) : [];
    command = shellJoin([...entrypoint.exec, ...args]);
    used.push(entrypoint, ...(cmd ? [cmd] : []));
  } else if (cmd) {
    command = commandOf(cmd);
    used.push(cmd);
  } else return;

  if (command.trim() === '') {
    for (const { instruction } of used) skip(instruction, NO_COMMAND_REASON);
    return;
  }
  result.startCmd = command;
  const combined = used.length > 1 ? ` ENTRYPOINT and CMD are combined, as Docker combines them.` : '';
  for (const { instruction } of used) mark(instruction, 'start_cmd', START_NOTE + combined);
}

/** `HEALTHCHECK [--interval=…] CMD command` or `HEALTHCHECK NONE`. */
function readyCommand(
  instruction: DockerInstruction,
  result: DockerfileImport,
  mark: Mark,
  skip: Skip,
): void {
  const { flags, rest } = stripFlags(instruction.args);
  const kind = /^(NONE|CMD)\b\s*([\s\S]*)$/i.exec(rest);
  if (!kind) return skip(instruction, 'it needs CMD followed by a command, or NONE');
  if (kind[1]?.toUpperCase() === 'NONE') return skip(instruction, HEALTHCHECK_NONE_REASON);
  const exec = parseJsonArray(kind[2] as string);
  const shell = stripFlags(instruction.shellArgs).rest.replace(/^CMD(?:\s|\\\n)*/i, '');
  const command = exec ? shellJoin(exec) : shell;
  if (command.trim() === '') return skip(instruction, NO_COMMAND_REASON);
  result.readyCmd = command;
  const ignored = flags.length > 0 ? ` ${flags.join(' ')}: ignored, the timing is fixed.` : '';
  mark(instruction, 'ready_cmd', READY_NOTE + ignored);
}
