/** Every command the simulated shell knows, by name. */
import type { Command } from '../types';
import { builtinCommands } from './builtins';
import { fileCommands } from './files';
import { ls } from './listing';
import { curl, wget } from './network';
import { systemCommands } from './system';
import { textCommands } from './text';

const external: Record<string, Command> = {
  ls,
  ...fileCommands,
  ...textCommands,
  ...systemCommands,
  curl,
  wget,
};

export const COMMANDS: ReadonlyMap<string, Command> = new Map(
  Object.entries({ ...external, ...builtinCommands(new Set(Object.keys(external))) }),
);
