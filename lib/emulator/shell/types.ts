/** What a simulated command sees: its arguments, its streams and the shell's state. */
import type { Vfs } from '../fs/vfs';
import type { NetworkRules } from '../store/types';

/** Versions of the language runtimes in an image (absent: not installed). */
export type ToolVersions = { python?: string; node?: string; npm?: string; pip?: string; git?: string };

export type ShellState = {
  fs: Vfs;
  env: Map<string, string>;
  cwd: string;
  user: string;
  hostname: string;
  network: NetworkRules | null;
  tools: ToolVersions;
  /** Directories the user may write under; everything else is read-only, as for a non-root user. */
  writableRoots: readonly string[];
  now: () => number;
  /** Aborted when the command's `timeout_s` runs out or the client goes away. */
  signal: AbortSignal;
  lastStatus: number;
  /**
   * In a template build, commands the simulation does not know (`pip install …`, `apt-get …`) succeed with a
   * note instead of failing with 127, so realistic build specs work; `exit 1` still fails the step.
   */
  lenientUnknownCommands: boolean;
};

export type Io = { stdin: string; out(text: string): void; err(text: string): void };

export type CommandContext = { name: string; args: string[]; io: Io; shell: ShellState };

export type Command = (ctx: CommandContext) => number | Promise<number>;

/** Thrown by `exit` to stop the whole script. */
export class ExitRequest {
  constructor(readonly status: number) {}
}
